"""A plain bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kundengespraech.ui import theme


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    text: str  # printed at the bar, e.g. "12" or "40 %"


class BarChart(QWidget):
    """Vertical columns (``horizontal=False``, e.g. per week) or horizontal bars with labels.

    ``maximum`` fixes the scale (e.g. 100 for percentages); otherwise the largest value fills it.
    """

    def __init__(
        self,
        title: str,
        horizontal: bool = False,
        maximum: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.maximum = maximum
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self.bars = list(bars)
        self.empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {bar.text}" for bar in self.bars) or empty_text
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def _scale(self) -> float:
        top = self.maximum or max((bar.value for bar in self.bars), default=0.0)
        return top if top > 0 else 1.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.SURFACE))
        painter.setPen(QColor("#D9D6CF"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        font = painter.font()
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(theme.ACCENT))
        metrics = QFontMetrics(title_font)
        painter.drawText(
            QRectF(14, 8, self.width() - 28, metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(font)
        area = QRectF(
            14, 16 + metrics.height(), self.width() - 28, self.height() - 28 - metrics.height()
        )
        if not self.bars:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text or "–")
        elif self.horizontal:
            self._paint_rows(painter, area)
        else:
            self._paint_columns(painter, area)
        painter.end()

    def _paint_rows(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        label_width = min(
            area.width() * 0.45, max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12
        )
        value_width = max(metrics.horizontalAdvance(b.text) for b in self.bars) + 12
        row_height = min(44.0, area.height() / len(self.bars))
        bar_height = max(8.0, row_height * 0.6)
        span = area.width() - label_width - value_width
        for i, bar in enumerate(self.bars):
            y = area.top() + i * row_height
            painter.setPen(QColor(theme.TEXT))
            label_rect = QRectF(area.left(), y, label_width - 8, row_height)
            elided = metrics.elidedText(
                bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            length = span * min(bar.value, self._scale()) / self._scale()
            rect = QRectF(
                area.left() + label_width, y + (row_height - bar_height) / 2, length, bar_height
            )
            painter.fillRect(
                QRectF(rect.left(), rect.top(), span, bar_height), QColor(theme.ACCENT_TINT)
            )
            painter.fillRect(rect, QColor(theme.ACCENT))
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(
                QRectF(rect.left() + span + 6, y, value_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.text,
            )

    def _paint_columns(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        label_height = metrics.height() + 6
        value_height = metrics.height() + 2
        plot = area.adjusted(0, value_height, 0, -label_height)
        slot = plot.width() / len(self.bars)
        width = min(64.0, slot * 0.7)
        painter.setPen(QColor(theme.BORDER))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        step = max(
            1,
            int(
                len(self.bars) / max(1.0, plot.width() / (metrics.horizontalAdvance("00.00.") + 10))
            )
            + 1,
        )
        for i, bar in enumerate(self.bars):
            x = plot.left() + i * slot + (slot - width) / 2
            height = plot.height() * min(bar.value, self._scale()) / self._scale()
            rect = QRectF(x, plot.bottom() - height, width, height)
            painter.fillRect(rect, QColor(theme.ACCENT))
            painter.setPen(QColor(theme.TEXT))
            if bar.value:
                painter.drawText(
                    QRectF(x - 10, rect.top() - value_height, width + 20, value_height),
                    Qt.AlignmentFlag.AlignCenter,
                    bar.text,
                )
            if i % step == 0:
                painter.setPen(QColor(theme.MUTED))
                painter.drawText(
                    QRectF(plot.left() + i * slot - 20, plot.bottom() + 4, slot + 40, label_height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.label,
                )
