#include "detailview.h"

#include "clipboardguard.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSizePolicy>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString masked(const QString &value)
{
    return QString(qMin<qsizetype>(12, qMax<qsizetype>(8, value.size())), QChar(0x2022));
}
} // namespace

DetailView::DetailView(ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent), m_clipboard(clipboard), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(8, 8, 8, 8);
    rebuild();
}

void DetailView::setSections(const QList<DetailSection> &sections)
{
    // Keep revealed secrets revealed across refreshes of the same resource: the same label with
    // the same value. Another resource's secret under the same label is hidden again.
    QList<QPair<QString, QString>> still;
    for (const DetailSection &s : sections) {
        for (const DetailRow &r : s.rows) {
            if (r.secret && m_revealed.contains(qMakePair(r.label, r.value)))
                still.append(qMakePair(r.label, r.value));
        }
    }
    const bool same = sections.size() == m_sections.size() && [&] {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (sections.at(i).title != m_sections.at(i).title
                || sections.at(i).rows.size() != m_sections.at(i).rows.size()
                || sections.at(i).actions.size() != m_sections.at(i).actions.size())
                return false;
            for (qsizetype j = 0; j < sections.at(i).actions.size(); ++j) {
                if (sections.at(i).actions.at(j).text != m_sections.at(i).actions.at(j).text
                    || sections.at(i).actions.at(j).enabled
                            != m_sections.at(i).actions.at(j).enabled)
                    return false;
            }
            for (qsizetype j = 0; j < sections.at(i).rows.size(); ++j) {
                const DetailRow &a = sections.at(i).rows.at(j);
                const DetailRow &b = m_sections.at(i).rows.at(j);
                if (a.label != b.label || a.value != b.value || a.link != b.link
                    || a.action.text != b.action.text || a.action.enabled != b.action.enabled)
                    return false;
            }
        }
        return true;
    }();
    m_revealed = still;
    const bool keep = same && !m_sections.isEmpty();
    // Kept even when nothing shows differently: the buttons run the newest actions (another
    // resource's details can read the same).
    m_sections = sections;
    if (keep)
        return; // nothing changed: no flicker, the person's text selection stays
    m_placeholder.clear();
    rebuild();
}

void DetailView::setPlaceholder(const QString &text)
{
    m_sections.clear();
    m_revealed.clear();
    forgetSecrets();
    m_placeholder = text;
    rebuild();
}

void DetailView::provideSecret(const QString &key, const QString &value, const QString &error)
{
    if (!m_wanted.contains(key))
        return; // not asked for (any more): nothing is kept
    const bool copy = m_wanted.take(key);
    m_secretErrors.remove(key);
    if (m_plain.contains(key)) {
        // A plain value (already kept by provideAlongside): copied if that was asked.
        if (copy)
            m_clipboard->copy(m_plain.value(key));
    } else if (value.isEmpty()) {
        m_secretErrors.insert(key, error.isEmpty() ? tr("Not given by the server.") : error);
    } else if (copy && !m_secrets.contains(key)) {
        m_clipboard->copySecret(value); // copied, not kept
    } else {
        m_secrets.insert(key, value);
    }
    rebuild();
}

void DetailView::provideAlongside(const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        // Only into rows that show a plain on-demand value: a secret is kept only when asked.
        for (const DetailSection &section : std::as_const(m_sections)) {
            for (const DetailRow &row : section.rows) {
                if (row.secretKey == it.key() && !row.secret && !it.value().isEmpty())
                    m_plain.insert(it.key(), it.value());
            }
        }
    }
}

void DetailView::dropSecret(const QString &key)
{
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return;
    // Zeroed where this is the last copy, then gone.
    if (!it->isDetached())
        it->detach();
    it->fill(QChar(0));
    m_secrets.erase(it);
}

void DetailView::forgetSecrets()
{
    const QStringList keys = m_secrets.keys();
    for (const QString &key : keys)
        dropSecret(key);
    m_wanted.clear();
    m_secretErrors.clear();
    m_plain.clear();
}

QStringList DetailView::visibleText() const
{
    QStringList out;
    if (!m_placeholder.isEmpty())
        out.append(m_placeholder);
    for (const DetailSection &s : m_sections) {
        if (!s.title.isEmpty())
            out.append(s.title);
        for (const DetailRow &r : s.rows) {
            if (!r.secretKey.isEmpty()) {
                const QString shown = r.secret ? m_secrets.value(r.secretKey, masked(QString()))
                                               : m_plain.value(r.secretKey);
                out.append(r.label + QStringLiteral(": ") + shown);
                continue;
            }
            const bool hidden = r.secret && !m_revealed.contains(qMakePair(r.label, r.value));
            out.append(r.label + QStringLiteral(": ") + (hidden ? masked(r.value) : r.value));
        }
    }
    return out;
}

void DetailView::runAction(qsizetype section, qsizetype row, qsizetype action) const
{
    if (section >= m_sections.size())
        return;
    const DetailSection &s = m_sections.at(section);
    // A copy: the action may change what is shown (and so these sections).
    std::function<void()> run;
    if (row >= 0 && row < s.rows.size())
        run = s.rows.at(row).action.run;
    else if (action >= 0 && action < s.actions.size())
        run = s.actions.at(action).run;
    if (run)
        run();
}

void DetailView::rebuild()
{
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->hide();
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    auto *outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(0, 0, 0, 0);
    if (!m_placeholder.isEmpty()) {
        auto *label = new QLabel(m_placeholder, m_content);
        label->setObjectName(QStringLiteral("detailPlaceholder"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        outer->addWidget(label);
    }
    for (qsizetype si = 0; si < m_sections.size(); ++si) {
        const DetailSection &section = m_sections.at(si);
        if (!section.title.isEmpty()) {
            auto *title = new QLabel(section.title, m_content);
            title->setTextFormat(Qt::PlainText);
            QFont font = title->font();
            font.setBold(true);
            title->setFont(font);
            outer->addWidget(title);
        }
        if (!section.actions.isEmpty()) {
            auto *buttons = new QHBoxLayout;
            for (qsizetype ai = 0; ai < section.actions.size(); ++ai) {
                const DetailAction &action = section.actions.at(ai);
                auto *button = new QToolButton(m_content);
                button->setText(action.text);
                button->setObjectName(action.objectName);
                button->setEnabled(action.enabled);
                connect(button, &QToolButton::clicked, this, [this, si, ai] {
                    runAction(si, -1, ai);
                });
                buttons->addWidget(button);
            }
            buttons->addStretch(1);
            outer->addLayout(buttons);
        }
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        for (qsizetype ri = 0; ri < section.rows.size(); ++ri) {
            const DetailRow &row = section.rows.at(ri);
            auto *line = new QWidget(m_content);
            auto *h = new QHBoxLayout(line);
            h->setContentsMargins(0, 0, 0, 0);
            if (!row.secretKey.isEmpty()) {
                addOnDemand(row, line, h);
                auto *label = new QLabel(row.label, m_content);
                label->setTextFormat(Qt::PlainText);
                form->addRow(label, line);
                continue;
            }
            const bool hidden = row.secret && !m_revealed.contains(qMakePair(row.label, row.value));
            auto *value = new QLabel(hidden ? masked(row.value) : row.value, line);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            // A secret is never selectable: Ctrl+C would put it on the clipboard past the guard
            // (no privacy hint, never cleared). Its Copy button goes through the guard.
            value->setTextInteractionFlags(row.secret ? Qt::NoTextInteraction
                                                      : Qt::TextSelectableByMouse);
            value->setObjectName(row.secret ? QStringLiteral("secretValue")
                                            : QStringLiteral("detailValue"));
            // A long word (an ID) never pushes the buttons out of a narrow pane: the value
            // wraps where it can and is cut where it cannot; its whole text is in the tooltip
            // and behind Copy.
            QSizePolicy fit = value->sizePolicy();
            fit.setHorizontalPolicy(QSizePolicy::Ignored);
            value->setSizePolicy(fit);
            if (!hidden)
                value->setToolTip(row.value);
            h->addWidget(value, 1);
            if (row.secret) {
                auto *show = new QToolButton(line);
                show->setObjectName(QStringLiteral("revealButton"));
                show->setText(hidden ? tr("Show") : tr("Hide"));
                show->setToolTip(hidden ? tr("Show %1").arg(row.label)
                                        : tr("Hide %1").arg(row.label));
                const QPair<QString, QString> secret = qMakePair(row.label, row.value);
                connect(show, &QToolButton::clicked, this, [this, secret] {
                    if (m_revealed.contains(secret))
                        m_revealed.removeAll(secret);
                    else
                        m_revealed.append(secret);
                    rebuild();
                });
                h->addWidget(show);
            }
            if (row.copyable || row.secret) {
                auto *copy = new QToolButton(line);
                copy->setObjectName(QStringLiteral("copyButton"));
                copy->setText(tr("Copy"));
                copy->setToolTip(tr("Copy %1").arg(row.label));
                const QString text = row.value;
                const bool secret = row.secret;
                connect(copy, &QToolButton::clicked, this, [this, text, secret] {
                    if (secret)
                        m_clipboard->copySecret(text);
                    else
                        m_clipboard->copy(text);
                });
                h->addWidget(copy);
            }
            if (row.link.isValid() && !hidden) {
                auto *open = new QToolButton(line);
                open->setObjectName(QStringLiteral("openButton"));
                open->setText(tr("Open"));
                const QUrl link = row.link;
                connect(open, &QToolButton::clicked, this,
                        [link] { QDesktopServices::openUrl(link); });
                h->addWidget(open);
            }
            if (!row.action.text.isEmpty()) {
                auto *button = new QToolButton(line);
                button->setText(row.action.text);
                button->setObjectName(row.action.objectName);
                button->setEnabled(row.action.enabled);
                connect(button, &QToolButton::clicked, this, [this, si, ri] {
                    runAction(si, ri, -1);
                });
                h->addWidget(button);
            }
            auto *label = new QLabel(row.label, m_content);
            label->setTextFormat(Qt::PlainText);
            form->addRow(label, line);
        }
        outer->addLayout(form);
        outer->addSpacing(8);
    }
    outer->addStretch(1);
    m_layout->addWidget(m_content);
}

void DetailView::addOnDemand(const DetailRow &row, QWidget *line, QHBoxLayout *h)
{
    const QString key = row.secretKey;
    if (!row.secret) {
        // Not a secret, only not listed: shown once read (on its own or with a secret).
        const bool known = m_plain.contains(key);
        auto *value = new QLabel(known ? m_plain.value(key)
                                 : m_wanted.contains(key) ? tr("Reading…")
                                 : m_secretErrors.value(key, tr("Read with the initial password")),
                                 line);
        value->setTextFormat(Qt::PlainText);
        value->setObjectName(QStringLiteral("detailValue"));
        value->setTextInteractionFlags(known ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
        h->addWidget(value, 1);
        if (!known) {
            auto *show = new QToolButton(line);
            show->setObjectName(QStringLiteral("readButton"));
            show->setText(tr("Show"));
            show->setToolTip(tr("Show %1").arg(row.label));
            show->setEnabled(!m_wanted.contains(key));
            connect(show, &QToolButton::clicked, this, [this, key] {
                m_wanted.insert(key, false);
                rebuild();
                Q_EMIT secretWanted(key, false);
            });
            h->addWidget(show);
        } else if (row.copyable) {
            auto *copy = new QToolButton(line);
            copy->setObjectName(QStringLiteral("copyButton"));
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy %1").arg(row.label));
            const QString text = m_plain.value(key);
            connect(copy, &QToolButton::clicked, this, [this, text] { m_clipboard->copy(text); });
            h->addWidget(copy);
        }
        return;
    }
    const bool shown = m_secrets.contains(key);
    const bool reading = m_wanted.contains(key);
    QString text = shown ? m_secrets.value(key) : masked(QString());
    if (reading)
        text = tr("Reading…");
    else if (!shown && m_secretErrors.contains(key))
        text = m_secretErrors.value(key);
    auto *value = new QLabel(text, line);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::NoTextInteraction); // never past the clipboard guard
    value->setObjectName(QStringLiteral("secretValue"));
    QSizePolicy fit = value->sizePolicy();
    fit.setHorizontalPolicy(QSizePolicy::Ignored);
    value->setSizePolicy(fit);
    h->addWidget(value, 1);

    auto *show = new QToolButton(line);
    show->setObjectName(QStringLiteral("revealButton"));
    show->setText(shown ? tr("Hide") : tr("Show"));
    show->setToolTip(shown ? tr("Hide %1").arg(row.label) : tr("Show %1").arg(row.label));
    show->setEnabled(!reading);
    connect(show, &QToolButton::clicked, this, [this, key] {
        if (m_secrets.contains(key)) {
            dropSecret(key); // hidden again: no longer held
            rebuild();
            return;
        }
        m_wanted.insert(key, false);
        rebuild();
        Q_EMIT secretWanted(key, false);
    });
    h->addWidget(show);

    auto *copy = new QToolButton(line);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1").arg(row.label));
    copy->setEnabled(!reading);
    connect(copy, &QToolButton::clicked, this, [this, key] {
        if (m_secrets.contains(key)) {
            m_clipboard->copySecret(m_secrets.value(key));
            return;
        }
        m_wanted.insert(key, true);
        rebuild();
        Q_EMIT secretWanted(key, true);
    });
    h->addWidget(copy);

    if (shown && row.secretIsLink) {
        auto *open = new QToolButton(line);
        open->setObjectName(QStringLiteral("openButton"));
        open->setText(tr("Open"));
        connect(open, &QToolButton::clicked, this,
                [this, key] { QDesktopServices::openUrl(QUrl(m_secrets.value(key))); });
        h->addWidget(open);
    }
}
