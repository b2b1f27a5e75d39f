#include "propertiespanel.h"
#include "numberbox.h"
#include "modellimits.h"
#include "diagramcommands.h"
#include "labels.h"
#include "compliancecost.h"
#include "flowgraph.h"
#include "reductions.h"
#include "stepdecision.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tthc {

namespace {
QDoubleSpinBox *spin(QWidget *parent, int decimals, double max, const QString &suffix)
{
    auto *s = new NumberBox(parent);
    s->setDecimals(decimals);
    s->setRange(0, max);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    s->setGroupSeparatorShown(true);
    return s;
}

// Hours that may be left to the rule: -1 shows `unset`.
QDoubleSpinBox *optionalHours(QWidget *parent, const QString &unset)
{
    QDoubleSpinBox *s = spin(parent, 2, Limits::hours, PropertiesPanel::tr(" h"));
    s->setMinimum(-1);
    s->setSpecialValueText(unset);
    return s;
}

QListWidget *checkList(QWidget *parent)
{
    auto *l = new QListWidget(parent);
    l->setMaximumHeight(110);
    l->setUniformItemSizes(true);
    return l;
}

void fillChecks(QListWidget *list, const QList<QPair<QString, QString>> &choices, const QStringList &checked)
{
    list->clear();
    for (const auto &[id, name] : choices) {
        auto *item = new QListWidgetItem(name.isEmpty() ? id : name, list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    // References to ids that no longer exist stay visible, so they can be unticked.
    for (const QString &id : checked) {
        bool known = false;
        for (const auto &c : choices)
            known = known || c.first == id;
        if (!known) {
            auto *item = new QListWidgetItem(QStringLiteral("⚠ %1").arg(id), list);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}
} // namespace

PropertiesPanel::PropertiesPanel(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_pages(new QStackedWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_pages);
    outer->addWidget(scroll);

    auto *empty = new QLabel(tr("Select a step, a flow or a lane on the chart to see and edit its properties."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(empty);

    // Step.
    auto *stepPage = new QWidget;
    auto *f = new QFormLayout(stepPage);
    f->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts the field under its label
    m_stepIdLabel = new QLabel(stepPage);
    m_name = new QLineEdit(stepPage);
    m_kind = new QComboBox(stepPage);
    m_kind->addItems(Labels::all<StepKind>());
    m_lane = new QComboBox(stepPage);
    m_description = new QPlainTextEdit(stepPage);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_description->installEventFilter(this);
    m_procedure = new QComboBox(stepPage);
    m_hours = spin(stepPage, 2, Limits::hours, tr(" h"));
    m_waitDays = spin(stepPage, 1, Limits::days, tr(" days"));
    m_cost = spin(stepPage, 0, Limits::moneyVnd, tr(" VND"));
    m_nature = new QComboBox(stepPage);
    m_nature->setObjectName(QStringLiteral("nature"));
    m_nature->setToolTip(tr("What the step is: it decides what “automate” may do with it (Help ▸ Derivation rules)."));
    m_place = new QLineEdit(stepPage);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setToolTip(tr("Where the applicant goes for an in-person step: consecutive in-person steps at the same "
                           "place are one visit."));
    m_applicantHours = optionalHours(stepPage, tr("by the rule"));
    m_applicantHours->setObjectName(QStringLiteral("applicantHours"));
    m_applicantHours->setToolTip(tr("The applicant's own time at a step of another lane. Not given: the step's working "
                                    "time when it is in person (the applicant is at the counter), else none."));
    m_agencyHours = optionalHours(stepPage, tr("none"));
    m_agencyHours->setObjectName(QStringLiteral("agencyHours"));
    m_agencyHours->setToolTip(tr("An officer's time at a step of the applicant or of a system (for instance taking "
                                 "the photo)."));
    m_inPerson = new QCheckBox(tr("In person (a trip or a contact)"), stepPage);
    m_manual = new QCheckBox(tr("Done by hand"), stepPage);
    m_documents = checkList(stepPage);
    m_systems = checkList(stepPage);
    m_derived = checkList(stepPage);
    f->addRow(tr("Id:"), m_stepIdLabel);
    f->addRow(tr("&Name:"), m_name);
    f->addRow(tr("&Kind:"), m_kind);
    f->addRow(tr("&Lane:"), m_lane);
    f->addRow(tr("&Duties:"), m_description);
    f->addRow(tr("Member &procedure:"), m_procedure);
    f->addRow(tr("Working &time:"), m_hours);
    f->addRow(tr("&Waiting:"), m_waitDays);
    f->addRow(tr("Direct &cost:"), m_cost);
    f->addRow(tr("Applicant's &own time:"), m_applicantHours);
    f->addRow(tr("&Officer's time:"), m_agencyHours);
    f->addRow(tr("&Nature:"), m_nature);
    f->addRow(tr("Pla&ce:"), m_place);
    f->addRow(QString(), m_inPerson);
    f->addRow(QString(), m_manual);
    f->addRow(tr("Documents handed in:"), m_documents);
    f->addRow(tr("Systems used:"), m_systems);
    f->addRow(tr("Derived from (as-is):"), m_derived);
    m_pages->addWidget(stepPage);

    // Flow.
    auto *flowPage = new QWidget;
    auto *ff = new QFormLayout(flowPage);
    ff->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_flowEnds = new QLabel(flowPage);
    m_flowEnds->setWordWrap(true);
    m_flowLabel = new QLineEdit(flowPage);
    m_flowKind = new QComboBox(flowPage);
    m_flowKind->addItems(Labels::all<FlowKind>());
    ff->addRow(tr("Flow:"), m_flowEnds);
    ff->addRow(tr("La&bel:"), m_flowLabel);
    ff->addRow(tr("K&ind:"), m_flowKind);
    m_probability = spin(flowPage, 1, 100, tr(" %"));
    m_probability->setObjectName(QStringLiteral("probability"));
    m_probability->setMinimum(-1);
    m_probability->setSpecialValueText(tr("not given"));
    m_probabilityRule = new QLabel(flowPage);
    m_probabilityRule->setObjectName(QStringLiteral("probabilityRule"));
    m_probabilityRule->setWordWrap(true);
    ff->addRow(tr("&Probability:"), m_probability);
    ff->addRow(m_probabilityRule);
    m_pages->addWidget(flowPage);

    // Lane.
    auto *lanePage = new QWidget;
    auto *lf = new QFormLayout(lanePage);
    m_laneName = new QLineEdit(lanePage);
    m_laneKind = new QComboBox(lanePage);
    m_laneKind->addItems(Labels::all<LaneKind>());
    lf->addRow(tr("Actor &name:"), m_laneName);
    lf->addRow(tr("Actor k&ind:"), m_laneKind);
    m_pages->addWidget(lanePage);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_name->text().trimmed().isEmpty())
            editStep([this](Step &s) { s.name = m_name->text().trimmed(); });
    });
    connect(m_kind, &QComboBox::activated, this, [this](int i) { editStep([i](Step &s) { s.kind = StepKind(i); }); });
    connect(m_lane, &QComboBox::activated, this, [this](int i) {
        const QString lane = m_lane->itemData(i).toString();
        editStep([lane](Step &s) { s.lane = lane; });
    });
    connect(m_procedure, &QComboBox::activated, this, [this](int i) {
        const QString code = m_procedure->itemData(i).toString();
        editStep([code](Step &s) { s.procedure = code; });
    });
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, [this](double v) { editStep([v](Step &s) { s.hours = v; }); });
    connect(m_waitDays, &QDoubleSpinBox::valueChanged, this, [this](double v) { editStep([v](Step &s) { s.waitDays = v; }); });
    connect(m_cost, &QDoubleSpinBox::valueChanged, this, [this](double v) { editStep([v](Step &s) { s.costVnd = v; }); });
    connect(m_applicantHours, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editStep([v](Step &s) {
            ComplianceCostRules::setStatedHours(s, QStringLiteral("applicantHours"), v < 0 ? std::nullopt : std::optional(v));
        });
    });
    connect(m_agencyHours, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editStep([v](Step &s) {
            ComplianceCostRules::setStatedHours(s, QStringLiteral("agencyHours"), v < 0 ? std::nullopt : std::optional(v));
        });
    });
    connect(m_nature, &QComboBox::activated, this, [this](int i) {
        const int v = m_nature->itemData(i).toInt();
        editStep([v](Step &s) { StepRules::setNature(s, v < 0 ? std::nullopt : std::optional(StepNature(v))); });
    });
    connect(m_place, &QLineEdit::editingFinished, this,
            [this] { editStep([this](Step &s) { ReductionRules::setPlace(s, m_place->text()); }); });
    connect(m_inPerson, &QCheckBox::clicked, this, [this](bool on) { editStep([on](Step &s) { s.inPerson = on; }); });
    connect(m_manual, &QCheckBox::clicked, this, [this](bool on) { editStep([on](Step &s) { s.manual = on; }); });
    connect(m_documents, &QListWidget::itemChanged, this, [this] {
        const QStringList ids = checkedIds(m_documents);
        editStep([ids](Step &s) { s.documents = ids; });
    });
    connect(m_systems, &QListWidget::itemChanged, this, [this] {
        const QStringList ids = checkedIds(m_systems);
        editStep([ids](Step &s) { s.systems = ids; });
    });
    connect(m_derived, &QListWidget::itemChanged, this, [this] {
        const QStringList ids = checkedIds(m_derived);
        editStep([ids](Step &s) { s.derivedFrom = ids; });
    });
    connect(m_flowLabel, &QLineEdit::editingFinished, this,
            [this] { editFlow([this](Flow &fl) { fl.label = m_flowLabel->text().trimmed(); }); });
    connect(m_flowKind, &QComboBox::activated, this, [this](int i) { editFlow([i](Flow &fl) { fl.kind = FlowKind(i); }); });
    connect(m_probability, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editFlow([v](Flow &fl) {
            if (v < 0)
                fl.extra.remove(QStringLiteral("probability"));
            else
                fl.extra.insert(QStringLiteral("probability"), v / 100.0);
        });
    });
    connect(m_laneName, &QLineEdit::editingFinished, this, [this] {
        if (!m_laneName->text().trimmed().isEmpty())
            editLane([this](Lane &l) { l.name = m_laneName->text().trimmed(); });
    });
    connect(m_laneKind, &QComboBox::activated, this, [this](int i) { editLane([i](Lane &l) { l.kind = LaneKind(i); }); });
    connect(model, &WorkspaceModel::processChanged, this, [this](const ProcessRef &ref) {
        if (m_scene && m_scene->processRef() == ref)
            reload();
    });
    connect(model, &WorkspaceModel::reset, this, &PropertiesPanel::reload);
}

QWidget *PropertiesPanel::stepField(const char *name) const
{
    const QHash<QString, QWidget *> fields{{"name", m_name},         {"kind", m_kind},         {"lane", m_lane},
                                           {"description", m_description}, {"procedure", m_procedure},
                                           {"hours", m_hours},       {"waitDays", m_waitDays}, {"costVnd", m_cost},
                                           {"inPerson", m_inPerson}, {"manual", m_manual},     {"documents", m_documents},
                                           {"systems", m_systems},   {"derivedFrom", m_derived}, {"flowLabel", m_flowLabel},
                                           {"flowKind", m_flowKind}, {"laneName", m_laneName}, {"laneKind", m_laneKind},
                                           {"nature", m_nature},     {"place", m_place}, {"applicantHours", m_applicantHours},
                                           {"agencyHours", m_agencyHours}, {"probability", m_probability}};
    return fields.value(QString::fromLatin1(name));
}

void PropertiesPanel::setScene(ProcessScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (scene)
        connect(scene, &QGraphicsScene::selectionChanged, this, &PropertiesPanel::reload);
    reload();
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        editStep([this](Step &s) { s.description = m_description->toPlainText(); });
    return QWidget::eventFilter(watched, event);
}

QString PropertiesPanel::ownerAgency() const
{
    const std::optional<ProcessRef> ref = m_scene ? m_scene->processRef() : std::nullopt;
    if (ref && ref->owner == ProcessRef::Owner::Procedure)
        if (const Procedure *p = m_model->procedure(ref->id))
            return p->agency;
    return {};
}

QList<QPair<QString, QString>> PropertiesPanel::documentChoices() const
{
    QList<QPair<QString, QString>> out;
    const std::optional<ProcessRef> ref = m_scene ? m_scene->processRef() : std::nullopt;
    if (!ref)
        return out;
    QStringList codes;
    if (ref->owner == ProcessRef::Owner::Procedure)
        codes << ref->id;
    else if (const ProcedureGroup *g = m_model->group(ref->id))
        codes = g->members;
    for (const QString &code : codes)
        if (const Procedure *p = m_model->procedure(code))
            for (const Document &d : p->documents)
                out.append({d.id, d.name});
    return out;
}

void PropertiesPanel::reload()
{
    m_loading = true;
    const Process *p = m_scene ? m_scene->process() : nullptr;
    const QStringList steps = m_scene ? m_scene->selectedStepIds() : QStringList();
    const QStringList flows = m_scene ? m_scene->selectedFlowIds() : QStringList();
    const QString lane = m_scene ? m_scene->selectedLaneId() : QString();
    m_stepId = m_flowId = m_laneId = QString();
    if (p && steps.size() == 1 && flows.isEmpty()) {
        const Step &s = *p->step(steps.first());
        m_stepId = s.id;
        m_stepIdLabel->setText(s.id);
        if (m_name->text() != s.name)
            m_name->setText(s.name);
        m_kind->setCurrentIndex(int(s.kind));
        m_lane->clear();
        for (const Lane &l : p->lanes)
            m_lane->addItem(l.name, l.id);
        m_lane->setCurrentIndex(p->laneIndex(s.lane));
        if (m_description->toPlainText() != s.description)
            m_description->setPlainText(s.description);
        m_procedure->clear();
        m_procedure->addItem(tr("(none)"), QString());
        for (const Procedure &proc : m_model->workspace().procedures)
            m_procedure->addItem(proc.code + QStringLiteral(" · ") + proc.name, proc.code);
        m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(s.procedure)));
        m_procedure->setEnabled(s.kind == StepKind::Procedure);
        m_hours->setValue(s.hours);
        m_waitDays->setValue(s.waitDays);
        m_cost->setValue(s.costVnd);
        const bool applicantLane = StepRules::isApplicantLane(*p, s.lane);
        const bool systemLane = StepRules::isSystemLane(*p, s.lane);
        m_applicantHours->setValue(ComplianceCostRules::statedHours(s, QStringLiteral("applicantHours")).value_or(-1));
        m_applicantHours->setEnabled(!applicantLane);
        m_agencyHours->setValue(ComplianceCostRules::statedHours(s, QStringLiteral("agencyHours")).value_or(-1));
        m_agencyHours->setEnabled(applicantLane || systemLane);
        m_nature->clear();
        m_nature->addItem(tr("By its name: %1").arg(Labels::of(StepRules::inferNature(s, *p))), -1);
        for (int n = 0; n < enumCount<StepNature>(); ++n)
            m_nature->addItem(Labels::of(StepNature(n)), n);
        const std::optional<StepNature> nature = StepRules::statedNature(s);
        m_nature->setCurrentIndex(nature ? m_nature->findData(int(*nature)) : 0);
        Step unplaced = s;
        ReductionRules::setPlace(unplaced, {});
        const QString fallback = ReductionRules::placeOf(*p, unplaced, ownerAgency());
        m_place->setPlaceholderText(tr("Default: %1").arg(fallback.isEmpty() ? tr("the procedure's agency") : fallback));
        if (m_place->text() != ReductionRules::statedPlace(s))
            m_place->setText(ReductionRules::statedPlace(s));
        m_place->setEnabled(s.inPerson);
        m_inPerson->setChecked(s.inPerson);
        m_manual->setChecked(s.manual);
        fillChecks(m_documents, documentChoices(), s.documents);
        QList<QPair<QString, QString>> systems;
        for (const System &sys : m_model->workspace().systems)
            systems.append({sys.id, sys.name});
        fillChecks(m_systems, systems, s.systems);
        QList<QPair<QString, QString>> asIs;
        const std::optional<ProcessRef> ref = m_scene->processRef();
        const bool toBe = ref && ref->which == Which::ToBe;
        if (toBe)
            if (const Process *a = m_model->process({ref->owner, ref->id, Which::AsIs}))
                for (const Step &x : a->steps)
                    asIs.append({x.id, x.id + QStringLiteral(" · ") + x.name});
        fillChecks(m_derived, asIs, s.derivedFrom);
        m_derived->setEnabled(toBe);
        m_pages->setCurrentIndex(1);
    } else if (p && flows.size() == 1 && steps.isEmpty()) {
        const Flow &fl = p->flows[p->flowIndex(flows.first())];
        m_flowId = fl.id;
        const Step *a = p->step(fl.from), *b = p->step(fl.to);
        m_flowEnds->setText(QStringLiteral("%1 → %2").arg(a ? a->name : fl.from, b ? b->name : fl.to));
        if (m_flowLabel->text() != fl.label)
            m_flowLabel->setText(fl.label);
        m_flowKind->setCurrentIndex(int(fl.kind));
        const bool branch = a && a->kind == StepKind::Decision;
        const QJsonValue given = fl.extra.value(QStringLiteral("probability"));
        m_probability->setValue(given.isDouble() ? given.toDouble() * 100.0 : -1);
        m_probability->setEnabled(branch);
        if (branch) {
            // The share the measures use now, by the rule of flowgraph.h.
            const FlowGraph g(*p);
            const int fi = p->flowIndex(fl.id);
            m_probabilityRule->setText(
                tr("Used now: %1 %. %2 Not given: the branches back to an earlier step (a request to complete the "
                   "dossier) share %3 %, the first other branch takes the rest; given on some branches: the others "
                   "share what is left.")
                    .arg(QString::number(g.share[size_t(fi)] * 100.0, 'f', 1).replace(u'.', u','),
                         g.returns[size_t(fi)] ? tr("This branch goes back to an earlier step.") : QString(),
                         QString::number(FlowGraph::defaultReturnShare * 100.0, 'f', 0)));
        } else {
            m_probabilityRule->setText(tr("Only the branches of a decision have a probability."));
        }
        m_pages->setCurrentIndex(2);
    } else if (p && !lane.isEmpty() && steps.isEmpty() && flows.isEmpty()) {
        const Lane &l = *p->lane(lane);
        m_laneId = l.id;
        if (m_laneName->text() != l.name)
            m_laneName->setText(l.name);
        m_laneKind->setCurrentIndex(int(l.kind));
        m_pages->setCurrentIndex(3);
    } else {
        m_pages->setCurrentIndex(0);
    }
    m_loading = false;
}

void PropertiesPanel::editStep(const std::function<void(Step &)> &change)
{
    const Process *p = m_scene ? m_scene->process() : nullptr;
    const Step *s = p ? p->step(m_stepId) : nullptr;
    if (m_loading || !s)
        return;
    Step after = *s;
    change(after);
    if (after == *s)
        return;
    m_scene->undoStack()->push(new EditStepCommand(m_model, *m_scene->processRef(), *s, after));
}

void PropertiesPanel::editFlow(const std::function<void(Flow &)> &change)
{
    const Process *p = m_scene ? m_scene->process() : nullptr;
    const int i = p ? p->flowIndex(m_flowId) : -1;
    if (m_loading || i < 0)
        return;
    Flow after = p->flows[i];
    change(after);
    if (after == p->flows[i])
        return;
    m_scene->undoStack()->push(new EditFlowCommand(m_model, *m_scene->processRef(), p->flows[i], after));
}

void PropertiesPanel::editLane(const std::function<void(Lane &)> &change)
{
    const Process *p = m_scene ? m_scene->process() : nullptr;
    const Lane *l = p ? p->lane(m_laneId) : nullptr;
    if (m_loading || !l)
        return;
    Lane after = *l;
    change(after);
    if (after == *l)
        return;
    m_scene->undoStack()->push(new EditLaneCommand(m_model, *m_scene->processRef(), *l, after));
}

} // namespace tthc
