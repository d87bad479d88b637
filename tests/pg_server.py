"""A throwaway PostgreSQL cluster on 127.0.0.1 for the database tests, when the server binaries exist."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: Path
    data: Path
    port: int
    as_user: list[str]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=60)

    def fresh_database(self, template: str | None = None) -> str:
        """A new, empty database's URL; with `template`, a copy of that database (CREATE DATABASE … TEMPLATE)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        copy = ["-T", template] if template else []
        self._run(str(self.bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", *copy,
                  name)
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def start(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.data / "server.log"),
                  "-o", f"-h 127.0.0.1 -p {self.port} -k {self.data} -F", "start")

    def halt(self) -> None:
        """Stop the server as a crash would (clients' connections die); `start()` brings it back."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-w", "-m", "immediate", "stop")

    def restart(self) -> None:
        self.halt()
        self.start()

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(self.data.parent, ignore_errors=True)


def start_postgres() -> PostgresServer | None:
    bin_dir = _bin_dir()
    if bin_dir is None:
        return None
    # PostgreSQL refuses to run as root; as root, run it as the postgres system user.
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = Path(tempfile.mkdtemp(prefix="colead-pg-"))
    data = root / "data"
    if as_user:
        os.chmod(root, 0o777)
    port = _free_port()
    server = PostgresServer(bin_dir, data, port, as_user)
    server._run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8")
    # The tests' own superuser connects without a password; every other login (a team's) must give its own,
    # as on a real shared server.
    hba = "local all all trust\nhost all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
    server._run("sh", "-c", f"printf '{hba}' > {data / 'pg_hba.conf'}")
    server.start()
    return server
