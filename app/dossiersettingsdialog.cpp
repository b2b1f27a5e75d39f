#include "dossiersettingsdialog.h"

#include "decisiontemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tthc {

namespace {
// A plain-text box sized to show `lines` lines, as a line edit is sized to show one.
QPlainTextEdit *textBox(int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // Tab moves on, as in the line edits around it
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * (edit->frameWidth() + int(edit->document()->documentMargin())) + 2;
    edit->setFixedHeight(height);
    return edit;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}
} // namespace

DossierSettingsDialog::DossierSettingsDialog(WorkspaceModel *model, QUndoStack *undo, ErrorSink onError, QWidget *parent)
    : QDialog(parent), m_model(model), m_undo(undo), m_onError(std::move(onError)),
      m_original(DossierSettings::of(model->workspace())), m_issuingBody(textBox(2)), m_recipients(textBox(5)),
      m_template(new QLineEdit), m_errorLabel(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("dossierSettingsDialog"));
    setWindowTitle(tr("Dossier settings"));
    const DossierSettings &s = m_original;

    // The examples are the sample workspace's values: the wording of a real decision.
    auto line = [this](const QString &key, const QString &value, const QString &example) {
        auto *edit = new QLineEdit(value);
        edit->setPlaceholderText(example);
        edit->setMinimumWidth(420);
        edit->setCursorPosition(0); // show the beginning of a long value
        m_fields.insert(key, edit);
        return edit;
    };
    m_issuingBody->setPlainText(s.issuingBody);
    m_issuingBody->setPlaceholderText(QStringLiteral("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI"));
    m_issuingBody->setToolTip(tr("As printed at the top left of the decision, one line each"));
    m_fields.insert(QStringLiteral("issuingBody"), m_issuingBody);
    m_recipients->setPlainText(s.recipients.join(u'\n'));
    m_recipients->setPlaceholderText(QStringLiteral("- Như Điều 3;\n- Văn phòng Chính phủ (Cục Kiểm soát TTHC);"));
    m_fields.insert(QStringLiteral("recipients"), m_recipients);

    auto *issuer = new QGroupBox(tr("Issuing body"));
    auto *issuerForm = new QFormLayout(issuer);
    issuerForm->addRow(tr("Issuing &body:"), m_issuingBody);
    issuerForm->addRow(tr("Name in a &sentence:"), line(QStringLiteral("issuingBodyName"), s.issuingBodyName,
                                                         QStringLiteral("Ủy ban nhân dân Thành phố Hà Nội")));
    // Who issues the decision: one choice for the title line, the signature and the appendix notes.
    m_issuer = new QComboBox;
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->addItem(tr("The Chairman of the People's Committee (Chủ tịch UBND)"), int(Issuer::Chairman));
    m_issuer->addItem(tr("The People's Committee as a body (UBND)"), int(Issuer::Committee));
    m_issuer->setCurrentIndex(m_issuer->findData(int(s.issuer)));
    issuerForm->addRow(tr("Issued &by:"), m_issuer);
    issuerForm->addRow(tr("&Number suffix:"), line(QStringLiteral("numberSuffix"), s.numberSuffix, QStringLiteral("QĐ-UBND")));
    issuerForm->addRow(tr("&Place:"), line(QStringLiteral("place"), s.place, QStringLiteral("Hà Nội")));
    issuerForm->addRow(tr("P&roposed by:"), line(QStringLiteral("proposer"), s.proposer,
                                                  QStringLiteral("Giám đốc Sở Giao thông vận tải")));
    issuerForm->addRow(tr("City p&lan:"), line(QStringLiteral("cityPlan"), s.cityPlan,
                                                QStringLiteral("Kế hoạch số …/KH-UBND ngày … của UBND Thành phố về …")));

    auto *signer = new QGroupBox(tr("Signature"));
    auto *signerForm = new QFormLayout(signer);
    m_signer = new QComboBox;
    m_signer->setObjectName(QStringLiteral("signer"));
    m_signer->addItem(tr("The Chairman"), int(SignerRank::Chair));
    m_signer->addItem(tr("A Vice-Chairman (KT. CHỦ TỊCH)"), int(SignerRank::ViceChair));
    m_signer->setCurrentIndex(m_signer->findData(int(s.signer)));
    signerForm->addRow(tr("Signed &by:"), m_signer);
    // What the two choices print, so the clerk sees the form before exporting.
    m_issuerPreview = new QLabel;
    m_issuerPreview->setObjectName(QStringLiteral("issuerPreview"));
    // Three short lines, unwrapped: a wrapped label in a form row was clipped to two lines.
    m_issuerPreview->setWordWrap(false);
    m_issuerPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    signerForm->addRow(QString(), m_issuerPreview);
    connect(m_issuer, &QComboBox::currentIndexChanged, this, &DossierSettingsDialog::updatePreview);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &DossierSettingsDialog::updatePreview);
    signerForm->addRow(tr("Signer's na&me:"), line(QStringLiteral("signerName"), s.signerName, QStringLiteral("Nguyễn Văn A")));
    signerForm->addRow(tr("Recip&ients:"), m_recipients);
    auto *recipientsHint = new QLabel(tr("One per line, as printed under “Nơi nhận”."));
    recipientsHint->setEnabled(false); // greyed: a hint, not a value
    signerForm->addRow(QString(), recipientsHint);

    auto *decision = new QGroupBox(tr("Decision template"));
    auto *decisionForm = new QFormLayout(decision);
    m_template->setText(s.templatePath);
    m_template->setPlaceholderText(tr("The built-in template (templates/decision-vi.json)"));
    m_template->setClearButtonEnabled(true);
    m_fields.insert(QStringLiteral("templatePath"), m_template);
    auto *browse = new QPushButton(tr("Bro&wse…"));
    browse->setAutoDefault(false);
    m_templateRow = new QHBoxLayout;
    m_templateRow->addWidget(m_template, 1);
    m_templateRow->addWidget(browse);
    // A row whose field is a layout gets no buddy from QFormLayout: set it for the mnemonic.
    auto *templateLabel = new QLabel(tr("T&emplate file:"));
    templateLabel->setBuddy(m_template);
    decisionForm->addRow(templateLabel, m_templateRow);
    m_errorLabel->setObjectName(QStringLiteral("templateError"));
    m_errorLabel->setWordWrap(true);
    // As wide as the field column, and no height-for-width: with it, Qt drops the window's
    // minimum size and the fields overlap when the message appears; checkTemplate() sets
    // the height the wrapped message needs instead.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(false);
    m_errorLabel->setSizePolicy(policy);
    m_errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    decisionForm->addRow(QString(), m_errorLabel);

    // One label column across the three boxes, so the fields line up.
    int labelWidth = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : {issuerForm, signerForm, decisionForm}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(issuer);
    layout->addWidget(signer);
    layout->addWidget(decision);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_template, &QLineEdit::textChanged, this, &DossierSettingsDialog::checkTemplate);
    connect(browse, &QPushButton::clicked, this, &DossierSettingsDialog::browseTemplate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkTemplate();
    updatePreview();
}

void DossierSettingsDialog::updatePreview()
{
    const DossierSettings now = settings();
    QStringList signature{now.signerAuthority(), now.signerCapacity(), now.signerTitle()};
    signature.removeAll(QString());
    m_issuerPreview->setText(tr("Title line: %1\nSignature: %2\nAppendices: “… của %3”")
                                 .arg(now.authorityTitle(), signature.join(QStringLiteral(" / ")), now.issuerInline()));
}

DossierSettings DossierSettingsDialog::settings() const
{
    DossierSettings s = m_original; // keeps the fields of a newer version
    auto text = [this](const char *key) { return qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(key)))->text().trimmed(); };
    s.issuingBody = nonEmptyLines(m_issuingBody->toPlainText()).join(u'\n');
    s.issuingBodyName = text("issuingBodyName");
    s.issuer = Issuer(m_issuer->currentData().toInt());
    s.signer = SignerRank(m_signer->currentData().toInt());
    s.numberSuffix = text("numberSuffix");
    s.place = text("place");
    s.proposer = text("proposer");
    s.cityPlan = text("cityPlan");
    s.signerName = text("signerName");
    s.recipients = nonEmptyLines(m_recipients->toPlainText());
    s.templatePath = text("templatePath");
    return s;
}

void DossierSettingsDialog::checkTemplate()
{
    const QString path = m_template->text().trimmed();
    m_templateError.clear();
    if (!path.isEmpty())
        if (auto t = DecisionTemplate::load(path); !t)
            m_templateError = t.error();
    m_errorLabel->setText(m_templateError);
    m_errorLabel->setVisible(!m_templateError.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_templateError.isEmpty());
    if (!m_templateError.isEmpty()) {
        const int column = m_templateRow->geometry().width() > 0 ? m_templateRow->geometry().width() : 520;
        const QRect text = m_errorLabel->fontMetrics().boundingRect(QRect(0, 0, column, 10000), Qt::TextWordWrap,
                                                                     m_templateError);
        m_errorLabel->setFixedHeight(text.height() + 2 * m_errorLabel->margin());
    }
}

void DossierSettingsDialog::browseTemplate()
{
    const QString current = m_template->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Decision template"),
                                                      current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                                                      tr("Decision templates (*.json)"));
    if (!path.isEmpty())
        m_template->setText(QDir::toNativeSeparators(path));
}

void DossierSettingsDialog::accept()
{
    // The file may have changed since it was chosen: read it again before it is kept.
    checkTemplate();
    if (!m_templateError.isEmpty()) {
        m_template->setFocus();
        return;
    }
    const DossierSettings after = settings();
    if (after != m_original) {
        const int before = m_undo->index();
        m_undo->push(new SetDossierSettingsCommand(m_model, after, m_onError));
        if (m_undo->index() == before) // refused: the command reported why; keep the form open
            return;
    }
    QDialog::accept();
}

} // namespace tthc
