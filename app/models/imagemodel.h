#pragma once

#include "domain/image.h"
#include "resourcemodel.h"

//! OS, solution, GPU and VDI images, public (기본) and private (MY), merged by id.
class ImageModel final : public ResourceModel<Image>
{
    Q_OBJECT
public:
    enum class Column { Name, Os, Version, Kind, Visibility, Zones, Status, Id, Count };

    explicit ImageModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    //! The words for a visibility value ("public" -> 기본, "private" -> MY).
    [[nodiscard]] static QString visibilityText(const QString &visibility);
    //! The words for an image kind (os.type: OS, Solution, GPU, VDI).
    [[nodiscard]] static QString kindText(const QString &kind);

private:
    [[nodiscard]] QVariant display(const Image &i, Column column) const;
};
