#pragma once

#include <QStyledItemDelegate>

//! Draws a status cell as a coloured mark and the text. The mark's shape also carries the
//! meaning (filled dot: running, hollow dot: stopped, half dot: changing, triangle: error), so
//! it reads without colour, and the colours are picked to stand out on light and dark palettes.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The colour of a tone (StatusText::Tone) on a background of \a dark or light.
    [[nodiscard]] static QColor toneColor(int tone, bool dark);
};
