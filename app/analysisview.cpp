#include "analysisview.h"
#include "labels.h"
#include "modellimits.h"
#include "numberbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QKeyEvent>
#include <QPointer>
#include <QLineEdit>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tthc {

namespace {

// The structured decision of a row: each field "by the rules" until set (stepdecision.h).
class DecisionEditor : public QFrame {
public:
    explicit DecisionEditor(QWidget *parent) : QFrame(parent)
    {
        setObjectName(QStringLiteral("decisionEditor"));
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        auto *form = new QFormLayout(this);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        online = new QComboBox(this);
        online->setObjectName(QStringLiteral("online"));
        online->addItem(QCoreApplication::translate("tthc::AnalysisView", "by the rules"), -1);
        online->addItem(QCoreApplication::translate("tthc::AnalysisView", "goes online"), 1);
        online->addItem(QCoreApplication::translate("tthc::AnalysisView", "stays in person"), 0);
        channel = new QComboBox(this);
        channel->setObjectName(QStringLiteral("channel"));
        channel->addItem(QCoreApplication::translate("tthc::AnalysisView", "by the rules"), -1);
        for (int c = 0; c < enumCount<Channel>(); ++c)
            channel->addItem(Labels::of(Channel(c)), c);
        name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("name"));
        name->setPlaceholderText(QCoreApplication::translate("tthc::AnalysisView", "the step's name in the e-process (empty: derived)"));
        hours = optional(QCoreApplication::translate("tthc::AnalysisView", " h"));
        hours->setObjectName(QStringLiteral("hours"));
        waitDays = optional(QCoreApplication::translate("tthc::AnalysisView", " days"));
        waitDays->setObjectName(QStringLiteral("waitDays"));
        by = new QComboBox(this);
        by->setObjectName(QStringLiteral("by"));
        into = new QComboBox(this);
        into->setObjectName(QStringLiteral("into"));
        override = new QLineEdit(this);
        override->setObjectName(QStringLiteral("override"));
        override->setPlaceholderText(QCoreApplication::translate("tthc::AnalysisView", "why an officer's step is automated anyway"));
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Online:"), online);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Result delivery:"), channel);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "New name:"), name);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Working time:"), hours);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Waiting:"), waitDays);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Done by (automate):"), by);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Reason to automate anyway:"), override);
        form->addRow(QCoreApplication::translate("tthc::AnalysisView", "Merged into (merge):"), into);
    }

    void set(const QVariantMap &d, const QVariantMap &choices)
    {
        const auto fill = [](QComboBox *box, const QVariantList &items, const QString &current) {
            box->clear();
            box->addItem(QCoreApplication::translate("tthc::AnalysisView", "(none)"), QString());
            for (const QVariant &item : items)
                box->addItem(item.toStringList().value(1), item.toStringList().value(0));
            if (!current.isEmpty() && box->findData(current) < 0)
                box->addItem(QStringLiteral("⚠ %1").arg(current), current); // a dangling id stays visible
            box->setCurrentIndex(std::max(0, box->findData(current)));
        };
        online->setCurrentIndex(online->findData(d.contains(QStringLiteral("online")) ? int(d.value(QStringLiteral("online")).toBool()) : -1));
        channel->setCurrentIndex(channel->findData(d.value(QStringLiteral("channel"), -1).toInt()));
        name->setText(d.value(QStringLiteral("name")).toString());
        hours->setValue(d.value(QStringLiteral("hours"), -1).toDouble());
        waitDays->setValue(d.value(QStringLiteral("waitDays"), -1).toDouble());
        fill(by, choices.value(QStringLiteral("systems")).toList(), d.value(QStringLiteral("by")).toString());
        fill(into, choices.value(QStringLiteral("steps")).toList(), d.value(QStringLiteral("into")).toString());
        override->setText(d.value(QStringLiteral("override")).toString());
        // The fields of the row's action first; the others stay editable (the action may change).
        const Action action = Action(choices.value(QStringLiteral("action")).toInt());
        by->setEnabled(action == Action::Automate);
        override->setEnabled(action == Action::Automate);
        into->setEnabled(action == Action::Merge);
    }

    QVariantMap get() const
    {
        QVariantMap d;
        if (online->currentData().toInt() >= 0)
            d.insert(QStringLiteral("online"), online->currentData().toInt() == 1);
        if (channel->currentData().toInt() >= 0)
            d.insert(QStringLiteral("channel"), channel->currentData().toInt());
        if (hours->value() >= 0)
            d.insert(QStringLiteral("hours"), hours->value());
        if (waitDays->value() >= 0)
            d.insert(QStringLiteral("waitDays"), waitDays->value());
        d.insert(QStringLiteral("name"), name->text());
        d.insert(QStringLiteral("by"), by->currentData().toString());
        d.insert(QStringLiteral("into"), into->currentData().toString());
        d.insert(QStringLiteral("override"), override->text());
        return d;
    }

    QComboBox *online, *channel, *by, *into;
    QLineEdit *name, *override;
    QDoubleSpinBox *hours, *waitDays;
    std::function<void()> done; // Enter in any field: commit and close (the delegate sets it)

protected:
    // The fields have the focus, not the frame, so the delegate never sees their keys: Enter
    // (which a line edit or a spin box passes on) is handled here.
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && done) {
            done();
            return;
        }
        QFrame::keyPressEvent(event);
    }

private:
    QDoubleSpinBox *optional(const QString &suffix)
    {
        auto *box = new NumberBox(this);
        box->setDecimals(2);
        box->setRange(-1, Limits::hours);
        box->setSuffix(suffix);
        box->setSpecialValueText(QCoreApplication::translate("tthc::AnalysisView", "by the rules"));
        return box;
    }
};

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
        case AnalysisTableModel::DecisionColumn: {
            auto *editor = new DecisionEditor(parent);
            editor->done = [this, editor] {
                auto *self = const_cast<AnalysisDelegate *>(this);
                const QPointer<QWidget> alive(editor);
                emit self->commitData(editor);
                if (alive && alive->isVisible()) // a change rebuilt the table, which closed it already
                    emit self->closeEditor(editor);
            };
            editor->setFocusProxy(editor->online);
            return editor;
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
        if (auto *decision = dynamic_cast<DecisionEditor *>(editor)) {
            decision->set(index.data(Qt::EditRole).toMap(), index.data(AnalysisTableModel::ChoicesRole).toMap());
            return;
        }
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
        if (auto *decision = dynamic_cast<DecisionEditor *>(editor)) {
            model->setData(index, decision->get(), Qt::EditRole);
            return;
        }
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
        if (dynamic_cast<DecisionEditor *>(editor)) { // a small form: its own size, within the table
            const QSize want = editor->sizeHint().expandedTo(QSize(360, 0));
            r.setSize(want);
            if (QWidget *area = editor->parentWidget()) {
                r.moveRight(std::min(r.right(), area->width() - 1));
                r.moveLeft(std::max(0, r.left()));
                r.moveBottom(std::min(r.bottom(), area->height() - 1)); // above the cell when below has no room
                r.moveTop(std::max(0, r.top()));
            }
        } else if (!qobject_cast<QComboBox *>(editor)) {
            r.setHeight(std::max(r.height(), 140));
        }
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
    m_table->setColumnWidth(AnalysisTableModel::DecisionColumn, 220);
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
