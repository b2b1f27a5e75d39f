#pragma once
// The workspace's dossier settings as a form: who issues the decision, who proposes it, who
// signs it, the recipients and, optionally, a decision template of the city's own. The
// template is read as soon as it is chosen, so a broken file is named (with the line or JSON
// path) here rather than at export; OK is refused while it is broken. OK is one undo step.
#include "commands.h"
#include "dossiersettings.h"

#include <QDialog>

class QDialogButtonBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace tthc {

class DossierSettingsDialog : public QDialog {
    Q_OBJECT
public:
    DossierSettingsDialog(WorkspaceModel *model, QUndoStack *undo, ErrorSink onError, QWidget *parent = nullptr);

    // The settings as the form holds them now (extra fields of a newer version kept).
    DossierSettings settings() const;
    // The error of the chosen template, empty when it reads (or none is chosen).
    QString templateError() const { return m_templateError; }

    // For tests: the fields by DossierSettings member name ("signerName", "templatePath" …).
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    QLabel *templateErrorLabel() const { return m_errorLabel; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void checkTemplate();
    void browseTemplate();
    void updatePreview(); // what the issuer and signer choices print

    WorkspaceModel *m_model;
    QUndoStack *m_undo;
    ErrorSink m_onError;
    DossierSettings m_original;
    QHash<QString, QWidget *> m_fields;
    QPlainTextEdit *m_issuingBody;
    QPlainTextEdit *m_recipients;
    QComboBox *m_issuer;
    QComboBox *m_signer;
    QLabel *m_issuerPreview;
    QLineEdit *m_template;
    QHBoxLayout *m_templateRow;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QString m_templateError;
};

} // namespace tthc
