"""Printing a PDF through Qt: each page rendered by QtPdf and painted onto a QPrinter.

The print dialog, the quick print to the default printer and the print preview all draw
through :func:`print_pdfs`, so the preview shows exactly what the printer gets.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


class PrintError(RuntimeError):
    """The sheet could not be printed; the message is German and fit for the user."""


def sheet_printer(doc_name: str = "Empfehlungsblatt") -> QPrinter:
    """A printer set up for the A4 sheet, at high resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(doc_name)
    return printer


def default_printer(doc_name: str = "Empfehlungsblatt") -> QPrinter | None:
    """A sheet printer on the system's default printer, or ``None`` if there is none."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull() or not info.printerName():
        return None
    printer = sheet_printer(doc_name)
    printer.setPrinterName(info.printerName())
    return printer


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        document.close()
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "Das Empfehlungsblatt konnte nicht für den Druck geladen werden."
            )
        )
    return document, buffer


def print_pdfs(pdfs: Sequence[bytes], printer: QPrinter) -> int:
    """Print every page of every PDF on ``printer`` as one job, in order; returns the
    number of pages printed. Every PDF is checked before the first page goes out."""
    loaded = [_load(pdf) for pdf in pdfs]
    if not loaded:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        for document, _ in loaded:
            document.close()
        message = QCoreApplication.translate(
            "Printing", "Der Drucker „%1“ ist nicht bereit."
        ).replace("%1", printer.printerName())
        raise PrintError(message)
    pages = 0
    try:
        for document, _ in loaded:
            for index in range(document.pageCount()):
                if pages:
                    printer.newPage()
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                points = document.pagePointSize(index)
                scale = PRINT_DPI / 72
                image = document.render(
                    index, QSize(round(points.width() * scale), round(points.height() * scale))
                )
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                pages += 1
    finally:
        painter.end()
        for document, _ in loaded:
            document.close()
    return pages


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages printed."""
    return print_pdfs([pdf], printer)


class PreviewDialog(QPrintPreviewDialog):
    """A print preview that keeps its printer alive (Qt does not own it)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.sheet_printer = printer


def preview_dialog(
    pdfs: Sequence[bytes], parent: QWidget | None = None, title: str = ""
) -> QPrintPreviewDialog:
    """A print preview of the PDFs, drawn through :func:`print_pdfs` like the printout.
    Printing from it prints exactly what it shows. Raises :class:`PrintError` for a PDF
    that cannot be loaded."""
    for pdf in pdfs:
        document, _ = _load(pdf)
        document.close()
    dialog = PreviewDialog(sheet_printer(), parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("Printing", "Druckvorschau"))

    def paint(printer: QPrinter) -> None:
        # The PDFs loaded above; a preview that cannot paint stays empty.
        with suppress(PrintError):
            print_pdfs(pdfs, printer)

    dialog.paintRequested.connect(paint)
    return dialog
