#include "listeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tthc {

ListEditor::ListEditor(const QList<Column> &columns, const QString &addText, QWidget *parent)
    : QWidget(parent), m_columns(columns), m_table(new QTableWidget(0, int(columns.size()))),
      m_add(new QPushButton(addText)), m_remove(new QPushButton(tr("Delete")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QStringList titles;
    for (int c = 0; c < columns.size(); ++c) {
        titles << columns[c].title;
        m_table->setColumnWidth(c, columns[c].width);
    }
    m_table->setHorizontalHeaderLabels(titles);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited(rows());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QList<QStringList> all = rows();
        all << (newRow ? newRow() : QStringList());
        emit edited(all);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        QList<QStringList> all = rows();
        all.removeAt(r);
        emit edited(all);
    });
}

void ListEditor::setRow(int r, const QStringList &values)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString v = values.value(c);
        if (m_columns[c].choices.isEmpty()) {
            m_table->setItem(r, c, new QTableWidgetItem(v));
            continue;
        }
        auto *combo = new QComboBox;
        combo->addItems(m_columns[c].choices);
        combo->setCurrentIndex(std::clamp(v.toInt(), 0, int(m_columns[c].choices.size()) - 1));
        connect(combo, &QComboBox::activated, this, [this] { emit edited(rows()); });
        m_table->setCellWidget(r, c, combo);
    }
}

void ListEditor::setRows(const QList<QStringList> &rows)
{
    m_loading = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(r, rows[r]);
    if (current >= 0 && current < rows.size())
        m_table->setCurrentCell(current, 0);
    m_remove->setEnabled(!rows.isEmpty());
    m_loading = false;
}

QList<QStringList> ListEditor::rows() const
{
    QList<QStringList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, c)))
                row << QString::number(combo->currentIndex());
            else
                row << (m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString());
        }
        out << row;
    }
    return out;
}

} // namespace tthc
