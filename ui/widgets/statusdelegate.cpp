#include "statusdelegate.h"

#include "models/roles.h"
#include "models/statustext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

QColor StatusDelegate::toneColor(int tone, bool dark)
{
    switch (StatusText::Tone(tone)) {
    case StatusText::Tone::Good:
        return dark ? QColor(0x5c, 0xd0, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
    case StatusText::Tone::Stopped:
        return dark ? QColor(0xa8, 0xad, 0xb4) : QColor(0x6b, 0x70, 0x78);
    case StatusText::Tone::Busy:
        return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1a, 0x6f, 0xd1);
    case StatusText::Tone::Bad:
        return dark ? QColor(0xff, 0x7a, 0x70) : QColor(0xc6, 0x28, 0x28);
    case StatusText::Tone::Neutral:
        return dark ? QColor(0xe0, 0xb0, 0x50) : QColor(0x9a, 0x67, 0x00);
    }
    return {};
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant toneValue = index.data(Roles::StatusToneRole);
    if (!toneValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int tone = toneValue.toInt();
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor base = opt.palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const QColor color = toneColor(tone, dark);
    const int size = qMax(8, opt.fontMetrics.height() / 2);
    const QRect r = opt.rect.adjusted(6, 0, 0, 0);
    const QRectF mark(r.left(), r.center().y() - size / 2.0, size, size);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.6));
    switch (StatusText::Tone(tone)) {
    case StatusText::Tone::Good:
        painter->setBrush(color);
        painter->drawEllipse(mark);
        break;
    case StatusText::Tone::Stopped:
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mark.adjusted(0.8, 0.8, -0.8, -0.8));
        break;
    case StatusText::Tone::Busy: {
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mark.adjusted(0.8, 0.8, -0.8, -0.8));
        QPainterPath half;
        half.moveTo(mark.center());
        half.arcTo(mark, 90, 180);
        half.closeSubpath();
        painter->fillPath(half, color);
        break;
    }
    case StatusText::Tone::Bad: {
        QPainterPath triangle;
        triangle.moveTo(mark.center().x(), mark.top());
        triangle.lineTo(mark.right(), mark.bottom());
        triangle.lineTo(mark.left(), mark.bottom());
        triangle.closeSubpath();
        painter->fillPath(triangle, color);
        break;
    }
    case StatusText::Tone::Neutral:
        painter->setBrush(color);
        painter->drawRect(mark.adjusted(1, 1, -1, -1));
        break;
    }
    const QRect textRect = r.adjusted(size + 6, 0, -4, 0);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() / 2 + 12;
    return size;
}
