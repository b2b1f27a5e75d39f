#pragma once
// The detail form of one procedure's catalogue fields (Bước 1): identity, volume, online
// eligibility, priority, legal basis and the evaluation inputs. It shows the model's values
// and asks for every change through fieldEdited(), which the main window turns into an
// undo command; it reloads when the model says the procedure changed.
#include "workspacemodel.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;

namespace tthc {

class ProcedureForm : public QWidget {
    Q_OBJECT
public:
    explicit ProcedureForm(WorkspaceModel *model, QWidget *parent = nullptr);
    void showProcedure(const QString &code);
    QString code() const { return m_code; }
    QWidget *editorFor(ProcedureField f) const { return m_editors.value(int(f)); }

    class ListEditor *documentsEditor() const { return m_documents; }

signals:
    void fieldEdited(const QString &code, tthc::ProcedureField field, const QVariant &value);
    void documentsEdited(const QString &code, const QList<tthc::Document> &documents);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void edited(ProcedureField f, const QVariant &value);
    QLineEdit *lineEdit(ProcedureField f);
    QDoubleSpinBox *spinBox(ProcedureField f, int decimals, const QString &suffix);
    QComboBox *comboBox(ProcedureField f, const QStringList &items);
    QCheckBox *checkBox(ProcedureField f, const QString &text);
    QPlainTextEdit *textEdit(ProcedureField f);

    WorkspaceModel *m_model;
    QString m_code;
    bool m_loading = false;
    QHash<int, QWidget *> m_editors;
    QLineEdit *m_codeEdit = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_eligibilityHint = nullptr;
    QLabel *m_priorityHint = nullptr;
    class ListEditor *m_documents = nullptr;
    QStringListModel *m_agencies = nullptr;
    QStringListModel *m_fields = nullptr;
};

} // namespace tthc
