#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>

class ClipboardGuard;
class QHBoxLayout;
class QVBoxLayout;

//! A button in a detail pane ("Detach", "Add block storage").
struct DetailAction
{
    QString text;
    std::function<void()> run;
    QString objectName;
    bool enabled = true;
};

//! One line of a detail pane: a label and its value, which may be copied, hidden until revealed
//! (a secret) or opened (a link).
struct DetailRow
{
    QString label;
    QString value;
    bool copyable = false;
    bool secret = false;
    QUrl link; //!< opened in the browser on request
    //! A secret the console does not hold: read only when the person asks to see or copy it
    //! (DetailView::secretWanted), under this key; `value` stays empty.
    QString secretKey;
    //! The value read is a link (opened in the browser once shown).
    bool secretIsLink = false;
    //! A button at the end of the line (text empty: none).
    DetailAction action;
    //! What the line is about, for who adds buttons (a volume's or server's id, "firewall").
    QString key;
};

//! A titled group of lines.
struct DetailSection
{
    QString title;
    QList<DetailRow> rows;
    //! Buttons under the title.
    QList<DetailAction> actions;
    //! Which section this is, for who adds buttons ("storage", "network", "servers").
    QString key;
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

    //! The secret \a key asked for by secretWanted(): shown (or copied, as asked), and kept only
    //! while it is shown. An empty \a value with \a error: it could not be read.
    void provideSecret(const QString &key, const QString &value, const QString &error = {});
    //! Values that are not secret and came with one (the login name with the initial password):
    //! shown in their on-demand rows until another resource is shown.
    void provideAlongside(const QHash<QString, QString> &values);
    //! Drops every secret read (another resource is shown).
    void forgetSecrets();
    //! Whether secret \a key is held now (shown).
    [[nodiscard]] bool holdsSecret(const QString &key) const { return m_secrets.contains(key); }

Q_SIGNALS:
    //! The person asked to see (or, \a copy, to copy) the on-demand secret \a key: read it and
    //! answer with provideSecret().
    void secretWanted(const QString &key, bool copy);

private:
    void rebuild();
    //! Runs the action of the current sections at \a section / \a row (-1: the section's
    //! \a action).
    void runAction(qsizetype section, qsizetype row, qsizetype action) const;
    //! The line of an on-demand secret.
    void addOnDemand(const DetailRow &row, QWidget *line, QHBoxLayout *h);
    void dropSecret(const QString &key);

    ClipboardGuard *m_clipboard;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QList<DetailSection> m_sections;
    QString m_placeholder;
    //! Revealed secrets: their label and the value that was revealed.
    QList<QPair<QString, QString>> m_revealed;
    //! On-demand secrets read and shown, by key.
    QHash<QString, QString> m_secrets;
    //! On-demand secrets being read: whether they are to be copied.
    QHash<QString, bool> m_wanted;
    //! On-demand secrets that could not be read: why.
    QHash<QString, QString> m_secretErrors;
    //! On-demand values that are no secret, once read.
    QHash<QString, QString> m_plain;
};
