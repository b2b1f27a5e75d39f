#include "types.h"

#include <QRegularExpression>
#include <algorithm>

namespace tthc {

namespace {
template <class List> int indexById(const List &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}
} // namespace

int Process::stepIndex(const QString &id) const { return indexById(steps, id); }
int Process::laneIndex(const QString &id) const { return indexById(lanes, id); }
int Process::flowIndex(const QString &id) const { return indexById(flows, id); }

const Step *Process::step(const QString &id) const
{
    const int i = stepIndex(id);
    return i < 0 ? nullptr : &steps[i];
}

const Lane *Process::lane(const QString &id) const
{
    const int i = laneIndex(id);
    return i < 0 ? nullptr : &lanes[i];
}

QString Process::newId(const QString &prefix) const
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (stepIndex(id) < 0 && laneIndex(id) < 0 && flowIndex(id) < 0)
            return id;
    }
}

const Document *Procedure::document(const QString &id) const
{
    const int i = indexById(documents, id);
    return i < 0 ? nullptr : &documents[i];
}

const StepAnalysis *Procedure::analysisFor(const QString &stepId) const
{
    for (const auto &a : analysis)
        if (a.step == stepId)
            return &a;
    return nullptr;
}

int Workspace::procedureIndex(const QString &code) const
{
    for (int i = 0; i < procedures.size(); ++i)
        if (procedures[i].code == code)
            return i;
    return -1;
}

int Workspace::groupIndex(const QString &id) const { return indexById(groups, id); }
int Workspace::systemIndex(const QString &id) const { return indexById(systems, id); }

const Procedure *Workspace::procedure(const QString &code) const
{
    const int i = procedureIndex(code);
    return i < 0 ? nullptr : &procedures[i];
}

const ProcedureGroup *Workspace::group(const QString &id) const
{
    const int i = groupIndex(id);
    return i < 0 ? nullptr : &groups[i];
}

const System *Workspace::system(const QString &id) const
{
    const int i = systemIndex(id);
    return i < 0 ? nullptr : &systems[i];
}

QString whichKey(Which w) { return w == Which::AsIs ? QStringLiteral("asIs") : QStringLiteral("toBe"); }

bool ProcedureGroup::runsInToBe(const QString &memberCode) const
{
    return std::any_of(toBe.steps.begin(), toBe.steps.end(),
                       [&](const Step &s) { return s.kind == StepKind::Procedure && s.procedure == memberCode; });
}

Level levelForAgency(const QString &agency)
{
    static const QRegularExpression commune(
        QStringLiteral("(^|\\s)(xã|phường|đặc khu|thị trấn)(\\s|$)|cấp xã"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ministry(QStringLiteral("^\\s*bộ\\s"), QRegularExpression::CaseInsensitiveOption);
    if (commune.match(agency).hasMatch())
        return Level::Commune;
    if (ministry.match(agency).hasMatch())
        return Level::Ministry;
    return Level::Province;
}

} // namespace tthc
