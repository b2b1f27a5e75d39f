#include "procedureform.h"
#include "numberbox.h"
#include "eligibility.h"
#include "labels.h"
#include "priority.h"
#include "listeditor.h"
#include "vnformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStandardItemModel>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace tthc {

ProcedureForm::ProcedureForm(WorkspaceModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);

    auto *identity = new QGroupBox(tr("Procedure"), this);
    auto *form = new QFormLayout(identity);
    m_codeEdit = new QLineEdit(identity);
    m_codeEdit->setReadOnly(true);
    m_codeEdit->setToolTip(tr("The code of the procedure in the national database; it identifies the procedure."));
    form->addRow(tr("Code:"), m_codeEdit);
    form->addRow(tr("&Name:"), lineEdit(ProcedureField::Name));
    m_fields = new QStringListModel(this);
    m_agencies = new QStringListModel(this);
    form->addRow(tr("&Field:"), lineEdit(ProcedureField::FieldOfWork));
    form->addRow(tr("&Agency:"), lineEdit(ProcedureField::Agency));
    static_cast<QLineEdit *>(m_editors[int(ProcedureField::FieldOfWork)])->setCompleter(new QCompleter(m_fields, this));
    static_cast<QLineEdit *>(m_editors[int(ProcedureField::Agency)])->setCompleter(new QCompleter(m_agencies, this));
    form->addRow(tr("&Level:"), comboBox(ProcedureField::Level, Labels::all<Level>()));
    form->addRow(tr("Dossiers per &year:"), spinBox(ProcedureField::AnnualVolume, 0, {}));
    form->addRow(tr("&Complaints per year:"), spinBox(ProcedureField::ComplaintsPerYear, 0, {}));
    form->addRow(tr("&Statutory time limit:"), spinBox(ProcedureField::StatutoryDays, 1, tr(" working days")));
    form->addRow(tr("&Online level:"), comboBox(ProcedureField::OnlineLevel, Labels::all<OnlineLevel>()));
    layout->addWidget(identity);

    auto *documents = new QGroupBox(tr("Documents of the dossier (thành phần hồ sơ)"), this);
    auto *dl = new QVBoxLayout(documents);
    m_documents = new ListEditor({{tr("Id"), {}, 90}, {tr("Document"), {}, 330}, {tr("Kind"), Labels::all<DocumentKind>(), 120}},
                                 tr("Add document"), documents);
    m_documents->setMinimumHeight(170);
    m_documents->newRow = [this] {
        const Procedure *p = m_model->procedure(m_code);
        int n = 1;
        while (p && p->document(QStringLiteral("d%1").arg(n)))
            ++n;
        return QStringList{QStringLiteral("d%1").arg(n), tr("New document"), QString::number(int(DocumentKind::Copy))};
    };
    connect(m_documents, &ListEditor::edited, this, [this](const QList<QStringList> &rows) {
        if (m_loading || m_code.isEmpty())
            return;
        QList<Document> docs;
        for (const QStringList &r : rows)
            docs.append({r.value(0), r.value(1), DocumentKind(r.value(2).toInt()), {}});
        // Keep fields this build does not know on documents that keep their id.
        if (const Procedure *p = m_model->procedure(m_code))
            for (Document &d : docs)
                if (const Document *old = p->document(d.id))
                    d.extra = old->extra;
        emit documentsEdited(m_code, docs);
    });
    dl->addWidget(m_documents);
    layout->addWidget(documents);

    auto *eligibility = new QGroupBox(tr("Conditions for fully online provision"), this);
    auto *el = new QVBoxLayout(eligibility);
    el->addWidget(checkBox(ProcedureField::Published, tr("1. Published on the national database of procedures")));
    el->addWidget(checkBox(ProcedureField::FormsDownloadable, tr("2. Forms can be downloaded")));
    el->addWidget(checkBox(ProcedureField::FormsOnline,
                           tr("3. Forms can be filled in and submitted online (digital signature where required)")));
    el->addWidget(checkBox(ProcedureField::OnlinePayment, tr("4. Fees can be paid online")));
    el->addWidget(checkBox(ProcedureField::ProcessedOnline, tr("5. The dossier is processed on the network")));
    m_eligibilityHint = new QLabel(eligibility);
    m_eligibilityHint->setWordWrap(true);
    el->addWidget(m_eligibilityHint);
    layout->addWidget(eligibility);

    auto *priority = new QGroupBox(tr("Priority criteria"), this);
    auto *pl = new QVBoxLayout(priority);
    pl->addWidget(checkBox(ProcedureField::HighVolume, tr("High volume of dossiers")));
    pl->addWidget(checkBox(ProcedureField::Frequent, tr("Frequently used")));
    pl->addWidget(checkBox(ProcedureField::Complaints, tr("Many complaints and petitions")));
    pl->addWidget(checkBox(ProcedureField::Investment, tr("Needed for the investment environment")));
    m_priorityHint = new QLabel(priority);
    m_priorityHint->setWordWrap(true);
    m_priorityHint->setTextFormat(Qt::RichText);
    pl->addWidget(m_priorityHint);
    layout->addWidget(priority);

    auto *legal = new QGroupBox(tr("Legal basis (one document per line)"), this);
    auto *ll = new QVBoxLayout(legal);
    ll->addWidget(textEdit(ProcedureField::LegalBasis));
    layout->addWidget(legal);

    auto *evaluation = new QGroupBox(tr("Evaluation inputs"), this);
    auto *ef = new QFormLayout(evaluation);
    ef->addRow(tr("Hourly &income of the applicant:"), spinBox(ProcedureField::HourlyIncome, 0, tr(" VND")));
    ef->addRow(tr("Hourly cost of the agency's &staff:"), spinBox(ProcedureField::AgencyHourlyCost, 0, tr(" VND")));
    ef->addRow(tr("Source and notes:"), textEdit(ProcedureField::EvaluationNotes));
    layout->addWidget(evaluation);

    auto *overview = new QGroupBox(tr("Overview"), this);
    auto *ol = new QVBoxLayout(overview);
    m_summary = new QLabel(overview);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    ol->addWidget(m_summary);
    layout->addWidget(overview);
    layout->addStretch(1);

    connect(model, &WorkspaceModel::procedureChanged, this, [this](const QString &code) {
        if (code == m_code)
            reload();
    });
    connect(model, &WorkspaceModel::processChanged, this, [this](const ProcessRef &ref) {
        if (ref.owner == ProcessRef::Owner::Procedure && ref.id == m_code)
            reload();
    });
    connect(model, &WorkspaceModel::reset, this, [this] { showProcedure(m_code); });
    setEnabled(false);
}

QLineEdit *ProcedureForm::lineEdit(ProcedureField f)
{
    auto *e = new QLineEdit(this);
    connect(e, &QLineEdit::editingFinished, this, [this, e, f] { edited(f, e->text().trimmed()); });
    m_editors.insert(int(f), e);
    return e;
}

QDoubleSpinBox *ProcedureForm::spinBox(ProcedureField f, int decimals, const QString &suffix)
{
    auto *s = new NumberBox(this);
    s->setDecimals(decimals);
    s->setRange(0, 1e12);
    s->setGroupSeparatorShown(true);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    connect(s, &QDoubleSpinBox::valueChanged, this, [this, f](double v) { edited(f, v); });
    m_editors.insert(int(f), s);
    return s;
}

QComboBox *ProcedureForm::comboBox(ProcedureField f, const QStringList &items)
{
    auto *c = new QComboBox(this);
    c->addItems(items);
    connect(c, &QComboBox::activated, this, [this, f](int index) { edited(f, index); });
    m_editors.insert(int(f), c);
    return c;
}

QCheckBox *ProcedureForm::checkBox(ProcedureField f, const QString &text)
{
    auto *c = new QCheckBox(text, this);
    connect(c, &QCheckBox::clicked, this, [this, f](bool on) { edited(f, on); });
    m_editors.insert(int(f), c);
    return c;
}

QPlainTextEdit *ProcedureForm::textEdit(ProcedureField f)
{
    auto *t = new QPlainTextEdit(this);
    t->setTabChangesFocus(true);
    t->setMaximumHeight(90);
    t->installEventFilter(this);
    m_editors.insert(int(f), t);
    return t;
}

bool ProcedureForm::eventFilter(QObject *watched, QEvent *event)
{
    // Multi-line fields commit when focus leaves them, like a line edit's editingFinished.
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_editors.value(int(ProcedureField::LegalBasis))) {
            const QString text = static_cast<QPlainTextEdit *>(watched)->toPlainText();
            QStringList lines;
            for (const QString &l : text.split(u'\n'))
                if (!l.trimmed().isEmpty())
                    lines << l.trimmed();
            edited(ProcedureField::LegalBasis, lines);
        } else if (watched == m_editors.value(int(ProcedureField::EvaluationNotes))) {
            edited(ProcedureField::EvaluationNotes, static_cast<QPlainTextEdit *>(watched)->toPlainText());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProcedureForm::edited(ProcedureField f, const QVariant &value)
{
    if (m_loading || m_code.isEmpty())
        return;
    const Procedure *p = m_model->procedure(m_code);
    if (!p || WorkspaceModel::fieldValue(*p, f) == value)
        return;
    emit fieldEdited(m_code, f, value);
}

void ProcedureForm::showProcedure(const QString &code)
{
    m_code = m_model->procedure(code) ? code : QString();
    reload();
}

void ProcedureForm::reload()
{
    const Procedure *p = m_model->procedure(m_code);
    setEnabled(p != nullptr);
    m_loading = true;
    const Procedure empty;
    const Procedure &shown = p ? *p : empty;
    m_codeEdit->setText(shown.code);
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QVariant v = WorkspaceModel::fieldValue(shown, ProcedureField(it.key()));
        QWidget *w = it.value();
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (e->text() != v.toString())
                e->setText(v.toString());
        } else if (auto *s = qobject_cast<QDoubleSpinBox *>(w)) {
            s->setValue(v.toDouble());
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            if (it.key() == int(ProcedureField::Level)) // district: only to show what an older file says
                if (auto *items = qobject_cast<QStandardItemModel *>(c->model()))
                    items->item(int(Level::District))->setEnabled(v.toInt() == int(Level::District));
            c->setCurrentIndex(v.toInt());
        } else if (auto *b = qobject_cast<QCheckBox *>(w)) {
            b->setChecked(v.toBool());
        } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
            const QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(u'\n') : v.toString();
            if (t->toPlainText() != text)
                t->setPlainText(text);
        }
    }
    // Completion from the values already used in the workspace keeps agencies and fields consistent.
    QStringList agencies, fields;
    for (const Procedure &other : m_model->workspace().procedures) {
        agencies << other.agency;
        fields << other.field;
    }
    agencies.removeDuplicates();
    fields.removeDuplicates();
    m_agencies->setStringList(agencies);
    m_fields->setStringList(fields);

    QList<QStringList> docRows;
    for (const Document &d : shown.documents)
        docRows << QStringList{d.id, d.name, QString::number(int(d.kind))};
    m_documents->setRows(docRows);

    // Bước 1: the level the checklist recommends, what blocks full online, and why the
    // procedure is (or is not) a priority under the plan's criteria.
    const EligibilityResult eligibility = EligibilityRules::evaluate(shown);
    QString hint = eligibility.blocking.isEmpty()
                       ? tr("<b>Recommended: %1.</b> Every condition is met.").arg(Labels::of(eligibility.recommended))
                       : tr("<b>Recommended: %1.</b> Blocking full online: %2")
                             .arg(Labels::of(eligibility.recommended), eligibility.blockingText.join(QStringLiteral("; ")).toHtmlEscaped());
    if (p && p->onlineLevel == OnlineLevel::Full && !eligibility.blocking.isEmpty())
        hint += tr("<br><span style='color:#b71c1c'>The online level is set to fully online although the checklist "
                   "does not allow it.</span>");
    m_eligibilityHint->setTextFormat(Qt::RichText);
    m_eligibilityHint->setText(hint);
    const PriorityResult priority = PriorityRules::evaluate(shown);
    m_priorityHint->setText(priority.priority ? tr("<b>Priority procedure:</b> %1").arg(priority.reasons.join(QStringLiteral("; ")).toHtmlEscaped())
                                              : tr("Not a priority under the plan's criteria."));

    QStringList fees;
    for (const Fee &f : shown.fees)
        fees << QStringLiteral("%1: %2").arg(f.name.toHtmlEscaped(), VnFormat::money(f.amountVnd));
    auto processLine = [](const Process &proc) {
        if (proc.isEmpty())
            return tr("not drawn yet");
        return tr("%1 steps, %2 actors, %3 flows").arg(proc.steps.size()).arg(proc.lanes.size()).arg(proc.flows.size());
    };
    m_summary->setText(tr("<b>Fees:</b> %1<br><b>As-is process:</b> %2<br>"
                          "<b>E-process:</b> %3<br><b>Analysed steps:</b> %4<br><b>Review:</b> %5")
                           .arg(fees.isEmpty() ? tr("none") : fees.join(QStringLiteral("; ")))
                           .arg(processLine(shown.asIs), processLine(shown.toBe))
                           .arg(shown.analysis.size())
                           .arg(Labels::of(shown.review.state)));
    m_loading = false;
}

} // namespace tthc
