#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QWidget>

class ClipboardGuard;
class QVBoxLayout;

//! One line of a detail pane: a label and its value, which may be copied, hidden until revealed
//! (a secret) or opened (a link).
struct DetailRow
{
    QString label;
    QString value;
    bool copyable = false;
    bool secret = false;
    QUrl link; //!< opened in the browser on request
};

//! A titled group of lines.
struct DetailSection
{
    QString title;
    QList<DetailRow> rows;
};

//! The pane beside a table that shows the selected resource. Values are plain text, selectable
//! and copyable; secrets stay hidden until the person clicks "Show" and are copied through the
//! clipboard guard (cleared again after 30 s).
class DetailView final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailView(ClipboardGuard *clipboard, QWidget *parent = nullptr);

    //! Shows \a sections. A revealed secret stays revealed only while it is the very same secret
    //! (its label and its value): a refresh of the same resource. Another resource's secret, or a
    //! changed one, is hidden again.
    void setSections(const QList<DetailSection> &sections);
    void setPlaceholder(const QString &text);
    [[nodiscard]] const QList<DetailSection> &sections() const { return m_sections; }
    //! The text the pane shows now, line by line ("label: value"); hidden secrets as dots.
    [[nodiscard]] QStringList visibleText() const;

private:
    void rebuild();

    ClipboardGuard *m_clipboard;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QList<DetailSection> m_sections;
    QString m_placeholder;
    //! Revealed secrets: their label and the value that was revealed.
    QList<QPair<QString, QString>> m_revealed;
};
