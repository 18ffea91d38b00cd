#include "volumerows.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

VolumeRows::VolumeRows(QTableWidget *table, QObject *parent) : QObject(parent), m_table(table)
{
    table->setColumnCount(2);
    // The wizard's words (they were written there first, and are translated there).
    table->setHorizontalHeaderLabels(
            {QCoreApplication::translate("CreateServerDialog", "Size (GB)"),
             QCoreApplication::translate("CreateServerDialog", "Name (optional)")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
}

void VolumeRows::setRange(qint64 minGb, qint64 maxGb)
{
    m_minGb = minGb;
    m_maxGb = maxGb;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *size = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 0)))
            size->setRange(int(m_minGb), int(m_maxGb));
    }
}

void VolumeRows::add(qint64 sizeGb, const QString &name)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *size = new QSpinBox(m_table);
    size->setRange(int(m_minGb), int(m_maxGb));
    size->setSingleStep(ServerPlan::kVolumeStepGb);
    //: the unit after a block storage's size, with its space ("100 GB")
    size->setSuffix(tr(" GB"));
    size->setValue(int(sizeGb));
    connect(size, &QSpinBox::valueChanged, this, &VolumeRows::changed);
    m_table->setCellWidget(row, 0, size);
    auto *label = new QLineEdit(name, m_table);
    connect(label, &QLineEdit::textChanged, this, &VolumeRows::changed);
    m_table->setCellWidget(row, 1, label);
    renumber();
    Q_EMIT changed();
}

void VolumeRows::removeCurrent()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    if (row < 0)
        return;
    // Its widgets are deleted later: their names go now, for the row that takes the place.
    for (int column = 0; column < m_table->columnCount(); ++column) {
        if (QWidget *w = m_table->cellWidget(row, column))
            w->setObjectName(QString());
    }
    m_table->removeRow(row);
    renumber();
    Q_EMIT changed();
}

int VolumeRows::count() const
{
    return m_table->rowCount();
}

QList<ServerPlan::Volume> VolumeRows::volumes() const
{
    QList<ServerPlan::Volume> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *size = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 0));
        auto *name = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 1));
        if (size && name)
            out.append({size->value(), name->text().trimmed()});
    }
    return out;
}

void VolumeRows::renumber()
{
    // By place, so the names stay true after a row above is removed.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *size = m_table->cellWidget(row, 0))
            size->setObjectName(u"volumeSize%1"_s.arg(row));
        if (QWidget *name = m_table->cellWidget(row, 1))
            name->setObjectName(u"volumeName%1"_s.arg(row));
    }
}
