"""The print centre (File > 印刷…): pick a document, preview the exported PDF, print it, save it as PDF.

What is previewed and printed is the very PDF the export writes (services.documents); printing goes
through ui.pdf_printing, so the paper matches the exported file page for page. Writing and printing run
on the JobRunner's worker thread.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QToolButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.i18n import Language, output_language
from colead_desktop.domain.progress import Cancelled, Progress
from colead_desktop.domain.validation import noting_unprintable
from colead_desktop.exports.atomic import write_atomically
from colead_desktop.services import documents
from colead_desktop.services.documents import Document
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import choose_folder, save_file
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.output_language import OutputLanguageBox
from colead_desktop.ui.pdf_printing import available_printers, new_printer, print_pdf
from colead_desktop.ui.style import set_state, styled

translate = QCoreApplication.translate


def _expand_group_of(item: QTreeWidgetItem) -> None:
    """Open the group (a kind of document, or a tour) that `item` sits in, so the item can be seen."""
    group = item.parent()
    if group is not None:
        group.setExpanded(True)


class PrintCentre(QDialog):
    preview_ready = Signal(str)  # the key of the document now shown
    finished_job = Signal(object)  # the report dict of a print or save job

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, select: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_centre")
        adopt_form("print_centre", self)
        self.db = ctx.db
        self.programme_id = ctx.programme_id  # the documents of the programme on show; none without one
        self.settings = ctx.settings
        self.runner = ctx.runner
        self.cache = Path(tempfile.mkdtemp(prefix="colead-print-"))
        self.current: Document | None = None
        self.unprintable: dict[Path, tuple[str, ...]] = {}
        """The characters each written preview printed as 〓 (their fonts lack them): said beside its title."""
        self.last_report: dict[str, Any] = {}

        self.tree = child(self, QTreeWidget, "documents")
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.pdf = QPdfDocument(self)
        # QtPdf's view is no Designer widget: it goes in under the form's page bar
        self.view = QPdfView(self, objectName="preview")
        styled(self.view)
        child(self, QVBoxLayout, "preview_layout").addWidget(self.view, 1)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page_label())
        # the signal's own count: it also fires while the document is destroyed, when pageCount() would fail
        self.pdf.pageCountChanged.connect(self._update_page_label)

        actions: dict[str, Callable[[], None]] = {
            "zoom_out": lambda: self.zoom(1 / 1.25),
            "zoom_in": lambda: self.zoom(1.25),
            "fit_width": lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth),
            "fit_page": lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView),
            "previous_page": lambda: self.go_to_page(self.page() - 1),
            "next_page": lambda: self.go_to_page(self.page() + 1),
        }
        for name, action in actions.items():
            child(self, QToolButton, name).clicked.connect(action)
        self.page_label = child(self, QLabel, "page_label")
        self.title_label = child(self, QLabel, "title_label")
        styled(self.title_label)
        child(self, QSplitter, "splitter").setSizes([460, 640])  # a meetup handout: 令和3年10月10日（2021-10-10） 配布資料一式…

        self.printer_label = child(self, QLabel, "printer_label")
        self.print_button = child(self, QPushButton, "print_button")
        self.print_button.clicked.connect(self.print_current)
        self.batch_button = child(self, QPushButton, "batch_button")
        self.batch_button.clicked.connect(self.print_selected)
        self.save_button = child(self, QPushButton, "save_button")
        self.save_button.clicked.connect(self.save_selected)
        self.folder_button = child(self, QPushButton, "folder_button")
        self.folder_button.clicked.connect(self.open_folder)
        child(self, QPushButton, "close_button").clicked.connect(self.reject)

        # 出力言語 (the app language at first): what is previewed, printed and saved; changing it shows the
        # document again in that language
        self.output_language = OutputLanguageBox()
        child(self, QHBoxLayout, "button_layout").insertWidget(1, self.output_language)
        self.output_language.combo.currentIndexChanged.connect(lambda _i: self._show(self.tree.currentItem()))

        self.printers = available_printers()
        self._show_printer()
        self._fill(select)

    def _show_printer(self) -> None:
        """Name the printer a print goes to, or say that there is none (saving as PDF still works)."""
        if self.printers:
            default = QPrinterInfo.defaultPrinterName() or self.printers[0]
            self.printer_label.setText(
                translate("PrintCentre", "プリンター: {0}（印刷ダイアログで変更できます）").format(default))
        else:
            self.printer_label.setText(translate("PrintCentre", "プリンターが見つかりません。PDFとして保存して、"
                                                                "別のパソコンなどから印刷できます。"))
            set_state(self.printer_label, "error")

    # --- documents and preview ---------------------------------------------------------------------------

    def _fill(self, select: str | None) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        items: dict[str, QTreeWidgetItem] = {}
        chosen = None
        listed = [] if self.programme_id is None else documents.list_documents(self.db, self.programme_id)
        for doc in listed:
            if doc.kind not in groups:
                group = QTreeWidgetItem(self.tree, [documents.kind_label(doc.kind)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[doc.kind] = group
            item = QTreeWidgetItem(items.get(doc.parent, groups[doc.kind]), [doc.name])
            item.setData(0, Qt.ItemDataRole.UserRole, doc)
            item.setToolTip(0, doc.title)
            items[doc.key] = item
            if doc.key == select:
                chosen = item
        if not groups:
            QTreeWidgetItem(self.tree, [translate("PrintCentre", "印刷できる書類がありません")]).setFlags(
                Qt.ItemFlag.NoItemFlags)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            _expand_group_of(chosen)
        self._update_buttons()

    def items(self) -> list[QTreeWidgetItem]:
        """Every document's item (groups are not documents), depth first."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for sub in filter(None, map(item.child, range(item.childCount()))):
                found.append(sub)
                walk(sub)

        walk(self.tree.invisibleRootItem())
        return [i for i in found if isinstance(i.data(0, Qt.ItemDataRole.UserRole), Document)]

    def select(self, key: str, add: bool = False) -> None:
        """Select the document `key` (added to the selection with `add`) and preview it."""
        item = next(i for i in self.items() if i.data(0, Qt.ItemDataRole.UserRole).key == key)
        _expand_group_of(item)
        if add:
            item.setSelected(True)
            return
        self.tree.setCurrentItem(item)

    def selected_documents(self) -> list[Document]:
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self.items() if i.isSelected()]

    def _path(self, doc: Document, lang: Language) -> Path:
        return self.cache / lang / f"{abs(hash(doc.key)):x}_{doc.file_name}"

    def _ensure(self, doc: Document, lang: Language, progress: Progress | None = None) -> Path:
        """The document's PDF in `lang` (出力言語, read on the GUI thread), written once per print centre and
        language (worker thread)."""
        path = self._path(doc, lang)
        if not path.exists():
            assert self.programme_id is not None  # the document was listed for it
            path.parent.mkdir(exist_ok=True)
            with output_language(lang), noting_unprintable() as marked:
                documents.write_document(self.db, self.programme_id, doc.key, path, progress)
            self.unprintable[path] = tuple(sorted(marked))
        return path

    def _show(self, item: QTreeWidgetItem | None) -> None:
        doc = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(doc, Document):
            return
        self.current = doc
        self.title_label.setText(doc.title)
        lang = self.output_language.language()
        self.runner.submit(self, translate("PrintCentre", "プレビューを作成しています…"),
                           lambda progress: self._ensure(doc, lang, progress),
                           lambda path: self._loaded(doc, path), self._failed)

    def _loaded(self, doc: Document, path: Path) -> None:
        if doc != self.current:
            return
        self._show_unprintable(doc, self.unprintable.get(path, ()))
        self.pdf.close()
        self.pdf.load(str(path))
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to_page(0)
        self._update_page_label()
        self._update_buttons()
        self.preview_ready.emit(doc.key)

    def _show_unprintable(self, doc: Document, marked: tuple[str, ...]) -> None:
        """The title, and when the document holds characters its fonts lack (stored before they were refused at
        input), which ones: on paper they are 〓, and the user corrects the record they come from."""
        codes = "、".join(f"U+{ord(c):04X}" for c in marked)
        self.title_label.setText(doc.title + (self.tr("　〓＝印刷できない文字 {0}字").format(len(marked)) if marked else ""))
        self.title_label.setToolTip(self.tr("書体にない文字「{0}」（{1}）は〓で印刷されます。元の記録を直してください。")
                                    .format("".join(marked), codes) if marked else "")
        set_state(self.title_label, "warning" if marked else "")

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, translate("PrintCentre", "印刷センター"))(exc)

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if self.page_count():
            page = max(0, min(page, self.page_count() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._update_page_label()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:  # start from what a fitted page shows
            width = self.pdf.pagePointSize(max(self.page(), 0)).width() / 72 * self.logicalDpiX()
            current = self.view.viewport().width() / width if width > 0 else 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(current * factor, 8.0)))

    def _update_page_label(self, count: int | None = None) -> None:
        count = self.page_count() if count is None else count
        self.page_label.setText(f"{self.page() + 1} / {count}" if count else "– / –")

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_documents()) or self.current is not None
        self.print_button.setEnabled(bool(self.printers) and self.current is not None)
        self.batch_button.setEnabled(bool(self.printers) and len(self.selected_documents()) > 1)
        self.save_button.setEnabled(chosen)
        self.folder_button.setEnabled(bool(self.settings.last_folder("pdf")))

    # --- printing ------------------------------------------------------------------------------------------

    def _ask_printer(self, pages: int | None) -> QPrinter | None:
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintToFile, True)
        dialog.setOption(options.PrintCollateCopies, True)
        dialog.setOption(options.PrintPageRange, pages is not None)
        if pages:
            dialog.setMinMax(1, pages)
            printer.setFromTo(1, pages)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_current(self) -> None:
        if self.current is None:
            return
        printer = self._ask_printer(self.page_count() or None)
        if printer is not None:
            self.print_to(printer, [self.current])

    def print_selected(self) -> None:
        docs = self.selected_documents()
        if docs:
            printer = self._ask_printer(None)
            if printer is not None:
                self.print_to(printer, docs)

    def print_to(self, printer: QPrinter, docs: Sequence[Document]) -> None:
        """Print `docs`, one print job each, on the worker thread; Cancel aborts the job under way (not reported as printed)."""
        docs = list(docs)
        output = printer.outputFileName()
        lang = self.output_language.language()

        def work(progress: Progress) -> dict[str, Any]:
            printed: list[str] = []
            for number, doc in enumerate(docs):
                if not progress(number, len(docs)):
                    return {"printed": printed, "cancelled": True, "total": len(docs)}
                try:
                    path = self._ensure(doc, lang)
                    if output and len(docs) > 1:
                        printer.setOutputFileName(str(Path(output).with_suffix("")) + f"_{number + 1}.pdf")
                    print_pdf(path, printer, lambda: not progress(number, len(docs)))  # noqa: B023  (called before the loop moves on)
                except Cancelled:
                    return {"printed": printed, "cancelled": True, "total": len(docs)}
                printed.append(doc.title)
            progress(len(docs), len(docs))
            return {"printed": printed, "cancelled": False, "total": len(docs)}

        self.runner.submit(self, translate("PrintCentre", "印刷しています…"), work, self._printed, self._failed)

    def _printed(self, result: dict[str, Any]) -> None:
        self.last_report = result
        printed = list(result["printed"])
        lines = "\n".join(f"・{t}" for t in printed) or translate("PrintCentre", "（なし）")
        if result["cancelled"]:
            text = translate("PrintCentre", "印刷を中止しました。{0} / {1} 件を印刷しました:\n{2}").format(
                len(printed), result["total"], lines)
        else:
            text = translate("PrintCentre", "{0} 件を印刷しました:\n{1}").format(len(printed), lines)
        self.printer_label.setText(text.split("\n")[0])
        self.finished_job.emit(result)
        if self.isVisible():
            QMessageBox.information(self, translate("PrintCentre", "印刷"), text)

    # --- saving ----------------------------------------------------------------------------------------------

    def save_selected(self) -> None:
        docs = self.selected_documents() or ([self.current] if self.current else [])
        if not docs:
            return
        if len(docs) == 1:
            name = save_file(self, self.settings, translate("PrintCentre", "PDFとして保存"), docs[0].file_name,
                             translate("PrintCentre", "PDF (*.pdf)"), "pdf")
            if name is None:
                return
            targets = [name if name.suffix.lower() == ".pdf" else name.with_name(name.name + ".pdf")]
        else:
            folder = choose_folder(self, self.settings, "pdf", translate("PrintCentre", "保存先のフォルダ"))
            if folder is None:
                return
            targets = [folder / doc.file_name for doc in docs]
        self.save_to(list(zip(docs, targets, strict=True)))

    def save_to(self, pairs: Sequence[tuple[Document, Path]]) -> None:
        pairs = list(pairs)
        lang = self.output_language.language()
        self.settings.set_last_folder("pdf", str(pairs[0][1].parent))  # 「フォルダを開く」 opens it
        self.settings.sync()

        def work(progress: Progress) -> dict[str, Any]:
            saved: list[str] = []
            for number, (doc, target) in enumerate(pairs):
                if not progress(number, len(pairs)):
                    return {"saved": saved, "cancelled": True}
                source = self._ensure(doc, lang)
                # never a half-copied file; the copy keeps the mode its writer chose (statements: owner-only)
                write_atomically(target, lambda tmp: shutil.copyfile(source, tmp),  # noqa: B023  (called at once)
                                 stat.S_IMODE(os.stat(source).st_mode))
                saved.append(str(target))
            return {"saved": saved, "cancelled": False}

        def done(result: dict[str, Any]) -> None:
            self.last_report = result
            saved = list(result["saved"])
            self.printer_label.setText(translate("PrintCentre", "{0} 件を保存しました: {1}").format(
                len(saved), self.settings.last_folder("pdf")))
            self._update_buttons()
            self.finished_job.emit(result)

        self.runner.submit(self, translate("PrintCentre", "PDFを保存しています…"), work, done, self._failed)

    def open_folder(self) -> None:
        if self.settings.last_folder("pdf"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.settings.last_folder("pdf")))

    def done(self, result: int) -> None:  # close, Esc, 閉じる
        self.runner.wait()
        self.pdf.close()
        shutil.rmtree(self.cache, ignore_errors=True)
        super().done(result)


def open_print_centre(ctx: AppContext, window: QWidget, select: str | None = None) -> PrintCentre:
    """Open the print centre over `window` (window-modal), showing `select` first."""
    dialog = PrintCentre(ctx, window, select=select)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
