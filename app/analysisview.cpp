#include "analysisview.h"
#include "labels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tthc {

namespace {

// Edits each column with the editor its values need.
class AnalysisDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.column()) {
        case AnalysisTableModel::Systems:
        case AnalysisTableModel::Reuse: {
            auto *list = new QListWidget(parent);
            list->setMinimumHeight(140);
            return list;
        }
        case AnalysisTableModel::ActionColumn: {
            auto *combo = new QComboBox(parent);
            combo->addItems(Labels::all<Action>());
            return combo;
        }
        case AnalysisTableModel::StepColumn:
            return QStyledItemDelegate::createEditor(parent, option, index);
        default: {
            auto *text = new QPlainTextEdit(parent);
            text->setTabChangesFocus(true);
            text->setPlaceholderText(QCoreApplication::translate("tthc::AnalysisView", "One point per line, e.g. “- Share the health check database”"));
            return text;
        }
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *list = qobject_cast<QListWidget *>(editor)) {
            const QStringList checked = index.data(AnalysisTableModel::IdsRole).toStringList();
            list->clear();
            for (const QVariant &choice : index.data(AnalysisTableModel::ChoicesRole).toList()) {
                const QStringList c = choice.toStringList();
                auto *item = new QListWidgetItem(c.value(1), list);
                item->setData(Qt::UserRole, c.value(0));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(checked.contains(c.value(0)) ? Qt::Checked : Qt::Unchecked);
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            text->setPlainText(index.data(Qt::EditRole).toString());
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *list = qobject_cast<QListWidget *>(editor)) {
            QStringList ids;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    ids << list->item(i)->data(Qt::UserRole).toString();
            model->setData(index, ids, Qt::EditRole);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentIndex(), Qt::EditRole);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            model->setData(index, text->toPlainText().trimmed(), Qt::EditRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // Multi-line editors get room to type in, below the cell if needed.
        QRect r = option.rect;
        if (!qobject_cast<QComboBox *>(editor))
            r.setHeight(std::max(r.height(), 140));
        editor->setGeometry(r);
    }
};

} // namespace

AnalysisView::AnalysisView(WorkspaceModel *model, QUndoStack *undo, std::function<void(const QString &)> onError,
                           QWidget *parent)
    : QWidget(parent), m_model(new AnalysisTableModel(model, undo, std::move(onError), this)), m_table(new QTableView),
      m_summary(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AnalysisDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    m_table->setColumnWidth(AnalysisTableModel::StepColumn, 230);
    m_table->setColumnWidth(AnalysisTableModel::ActionColumn, 120);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAlternatingRowColors(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r, 0).data(AnalysisTableModel::SectionRole).toBool())
                m_table->setSpan(r, 0, 1, AnalysisTableModel::ColumnCount);
        updateSummary();
    });
}

void AnalysisView::setOwner(const std::optional<ProcessRef> &ref)
{
    m_table->clearSpans();
    m_model->setOwner(ref);
}

void AnalysisView::updateSummary()
{
    const int open = m_model->unanalysedCount();
    m_summary->setText(open == 0 ? tr("Every task of the as-is process has been analysed against the four criteria.")
                                 : tr("<b>%1 task(s) not analysed yet</b> (highlighted). Double-click a cell to edit it; "
                                      "every change can be undone.")
                                       .arg(open));
}

} // namespace tthc
