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
    //! The words for a visibility value ("public" -> 기본, "private" -> MY).
    [[nodiscard]] static QString visibilityText(const QString &visibility);
    //! The words for an image kind (os.type: OS, Solution, GPU, VDI).
    [[nodiscard]] static QString kindText(const QString &kind);

protected:
    [[nodiscard]] QVariant display(const Image &i, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] QVariant toolTip(const Image &i, int column) const override;
    //! A private image's own status, else its OS's.
    [[nodiscard]] QString status(const Image &i) const override;
    [[nodiscard]] std::optional<StatusText::Tone> tone(const Image &i) const override;
    [[nodiscard]] QStringList facets(const Image &i, int role) const override;
};
