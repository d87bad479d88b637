"""Printing an exported PDF page for page: each page is rendered at the printer's resolution (at most
MAX_DPI) and painted onto the printer, so the paper matches the file. Safe on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.progress import Cancelled

translate = QCoreApplication.translate
MAX_DPI = 300  # an A4 page at 300 dpi is ~35 MB of pixels; more only slows printing down


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def _on_white(rendered: QImage) -> QImage:
    """QtPdf renders onto transparency; paper is white."""
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_pdf(pdf: Path, printer: QPrinter, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Paint the pages of `pdf` (the printer's page range, if set) onto `printer`; return how many pages."""
    doc = QPdfDocument()
    doc.load(str(pdf))
    if doc.status() != QPdfDocument.Status.Ready:
        raise InputError(translate("PrintCentre", "PDFを読み込めません: {0}").format(pdf))
    count = doc.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    pages = list(range(first - 1, last))
    if not pages:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    size = doc.pagePointSize(pages[0])
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                               else QPageLayout.Orientation.Portrait)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise InputError(translate("PrintCentre", "プリンターを開けません: {0}").format(printer.printerName()))
    printed = 0
    try:
        for _copy in range(copies):
            for page in pages:
                if cancelled():
                    printer.abort()
                    raise Cancelled()
                if printed:
                    printer.newPage()
                points = doc.pagePointSize(page)
                image = _on_white(doc.render(page, QSize(round(points.width() / 72 * dpi),
                                                          round(points.height() / 72 * dpi))))
                target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.fillRect(target, Qt.GlobalColor.white)
                painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2,
                                         w, h), image)
                printed += 1
    finally:
        if painter.isActive():
            painter.end()
    return printed // copies
