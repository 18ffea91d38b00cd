#include "choicedialog.h"

#include "formfeedback.h"
#include "ui_choicedialog.h"

#include <QPushButton>

ChoiceDialog::ChoiceDialog(const QString &title, const QString &intro, const QString &action,
                           const QList<Item> &items, bool several, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChoiceDialog>()), m_several(several)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    m_ui->noteLabel->hide();
    m_ui->messageLabel->hide();
    m_ui->choiceList->setSelectionMode(several ? QAbstractItemView::NoSelection
                                               : QAbstractItemView::SingleSelection);
    for (const Item &item : items) {
        auto *row = new QListWidgetItem(item.unavailable.isEmpty()
                                                ? item.text
                                                //: a choice that cannot be taken, and why
                                                : tr("%1 · %2").arg(item.text, item.unavailable),
                                        m_ui->choiceList);
        row->setData(Qt::UserRole, item.id);
        Qt::ItemFlags flags = Qt::ItemNeverHasChildren;
        if (item.unavailable.isEmpty())
            flags |= Qt::ItemIsEnabled | (several ? Qt::ItemIsUserCheckable : Qt::ItemIsSelectable);
        row->setFlags(flags);
        if (several)
            row->setCheckState(Qt::Unchecked);
        row->setToolTip(item.unavailable);
    }
    m_action = m_ui->buttonBox->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("chooseButton"));
    m_action->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!m_action->isEnabled())
            return;
        Q_EMIT confirmed(chosen());
        if (!m_staysOpen)
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->choiceList, &QListWidget::itemChanged, this, &ChoiceDialog::update);
    connect(m_ui->choiceList, &QListWidget::itemSelectionChanged, this, &ChoiceDialog::update);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_ui->choiceList->count(); ++i) {
            QListWidgetItem *row = m_ui->choiceList->item(i);
            row->setHidden(!text.isEmpty() && !row->text().contains(text, Qt::CaseInsensitive));
        }
    });
    update();
}

ChoiceDialog::~ChoiceDialog() = default;

QStringList ChoiceDialog::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_ui->choiceList->count(); ++i) {
        const QListWidgetItem *row = m_ui->choiceList->item(i);
        const bool picked = m_several ? row->checkState() == Qt::Checked : row->isSelected();
        if (picked)
            out.append(row->data(Qt::UserRole).toString());
    }
    return out;
}

bool ChoiceDialog::choose(const QString &id)
{
    for (int i = 0; i < m_ui->choiceList->count(); ++i) {
        QListWidgetItem *row = m_ui->choiceList->item(i);
        if (row->data(Qt::UserRole).toString() != id || !(row->flags() & Qt::ItemIsEnabled))
            continue;
        if (m_several)
            row->setCheckState(Qt::Checked);
        else
            row->setSelected(true);
        return true;
    }
    return false;
}

void ChoiceDialog::markDone(const QString &id, const QString &why)
{
    for (int i = 0; i < m_ui->choiceList->count(); ++i) {
        QListWidgetItem *row = m_ui->choiceList->item(i);
        if (row->data(Qt::UserRole).toString() != id)
            continue;
        if (m_several)
            row->setCheckState(Qt::Unchecked);
        row->setSelected(false);
        row->setFlags(row->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        row->setText(tr("%1 (%2)").arg(row->text(), why));
    }
    update();
}

void ChoiceDialog::setNote(const QString &text)
{
    m_ui->noteLabel->setText(text);
    m_ui->noteLabel->setVisible(!text.isEmpty());
}

void ChoiceDialog::showMessage(const QString &text, bool error)
{
    FormFeedback::showMessage(m_ui->messageLabel, text, error);
}

void ChoiceDialog::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

void ChoiceDialog::update()
{
    m_action->setEnabled(!chosen().isEmpty() && !m_busy);
}
