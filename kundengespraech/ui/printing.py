"""Printing a PDF through Qt: each page rendered by QtPdf and painted onto a QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


class PrintError(RuntimeError):
    """The sheet could not be printed; the message is German and fit for the user."""


def sheet_printer() -> QPrinter:
    """A printer set up for the A4 sheet, at high resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("Empfehlungsblatt")
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError("Das Empfehlungsblatt konnte nicht für den Druck geladen werden.")
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"Der Drucker „{printer.printerName()}“ ist nicht bereit.")
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            points = document.pagePointSize(index)
            scale = PRINT_DPI / 72
            image = document.render(
                index, QSize(round(points.width() * scale), round(points.height() * scale))
            )
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
        document.close()
    return pages
