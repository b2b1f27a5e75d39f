#include "labels.h"

#include "types.h"

namespace tthc {

QString Labels::of(LaneKind v)
{
    switch (v) {
    case LaneKind::Applicant: return tr("Applicant");
    case LaneKind::Desk: return tr("One-stop desk");
    case LaneKind::Unit: return tr("Specialist unit");
    case LaneKind::Leader: return tr("Leader");
    case LaneKind::Agency: return tr("Other agency");
    case LaneKind::System: return tr("Information system");
    }
    return {};
}

QString Labels::of(StepKind v)
{
    switch (v) {
    case StepKind::Start: return tr("Start");
    case StepKind::Task: return tr("Task");
    case StepKind::Decision: return tr("Decision");
    case StepKind::End: return tr("End");
    case StepKind::Procedure: return tr("Sub-procedure");
    }
    return {};
}

QString Labels::of(FlowKind v)
{
    return v == FlowKind::Sequence ? tr("Sequence flow") : tr("Message flow (interconnection)");
}

QString Labels::of(DocumentKind v)
{
    switch (v) {
    case DocumentKind::Form: return tr("Form");
    case DocumentKind::Copy: return tr("Copy");
    case DocumentKind::Original: return tr("Original");
    case DocumentKind::Certificate: return tr("Certificate");
    case DocumentKind::Other: return tr("Other");
    }
    return {};
}

QString Labels::of(SystemKind v)
{
    switch (v) {
    case SystemKind::NationalDb: return tr("National database");
    case SystemKind::SectoralDb: return tr("Sectoral database");
    case SystemKind::Platform: return tr("Platform");
    case SystemKind::Portal: return tr("Portal");
    case SystemKind::Other: return tr("Other");
    }
    return {};
}

QString Labels::of(Readiness v)
{
    switch (v) {
    case Readiness::Connected: return tr("Connected");
    case Readiness::Available: return tr("Available");
    case Readiness::Building: return tr("Under construction");
    case Readiness::None: return tr("None");
    }
    return {};
}

QString Labels::dossierText(Readiness v)
{
    switch (v) {
    case Readiness::Connected: return QStringLiteral("Đã kết nối");
    case Readiness::Available: return QStringLiteral("Sẵn sàng, chưa kết nối");
    case Readiness::Building: return QStringLiteral("Đang xây dựng");
    case Readiness::None: return QStringLiteral("Chưa có");
    }
    return {};
}

QString Labels::of(Action v)
{
    switch (v) {
    case Action::Keep: return tr("Keep");
    case Action::Simplify: return tr("Simplify");
    case Action::Automate: return tr("Automate");
    case Action::Merge: return tr("Merge");
    case Action::Eliminate: return tr("Eliminate");
    }
    return {};
}

QString Labels::of(StepNature v)
{
    switch (v) {
    case StepNature::Preparation: return tr("Preparation by the applicant");
    case StepNature::Submission: return tr("Submission / intake");
    case StepNature::Payment: return tr("Payment");
    case StepNature::Check: return tr("Check");
    case StepNature::Lookup: return tr("Look-up");
    case StepNature::Notification: return tr("Notification");
    case StepNature::Forwarding: return tr("Forwarding");
    case StepNature::Appraisal: return tr("Appraisal");
    case StepNature::Decision: return tr("Decision", "step nature");
    case StepNature::Signing: return tr("Signing");
    case StepNature::Record: return tr("Entry in a register");
    case StepNature::Production: return tr("Producing the result (printing, issuing)");
    case StepNature::Examination: return tr("Examination in person");
    case StepNature::Result: return tr("Result delivery");
    case StepNature::Other: return tr("Other");
    }
    return {};
}

QString Labels::of(Channel v)
{
    switch (v) {
    case Channel::Online: return tr("Electronic result");
    case Channel::Postal: return tr("Electronic result, paper copy by post on request");
    case Channel::Desk: return tr("At the one-stop desk");
    }
    return {};
}

QString Labels::of(Level v)
{
    switch (v) {
    case Level::Province: return tr("Province");
    case Level::District: return tr("District (before 1 July 2025)");
    case Level::Commune: return tr("Commune");
    case Level::Ministry: return tr("Ministry");
    }
    return {};
}

QString Labels::of(OnlineLevel v)
{
    switch (v) {
    case OnlineLevel::None: return tr("Not online");
    case OnlineLevel::Partial: return tr("Partially online");
    case OnlineLevel::Full: return tr("Fully online");
    }
    return {};
}

QString Labels::of(ReviewState v)
{
    switch (v) {
    case ReviewState::Draft: return tr("Draft");
    case ReviewState::Submitted: return tr("Submitted");
    case ReviewState::UnderAppraisal: return tr("Under appraisal");
    case ReviewState::Returned: return tr("Returned");
    case ReviewState::Approved: return tr("Approved");
    }
    return {};
}

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111)) // Đ đ do not decompose
            c = u'd';
        out.append(c.toLower());
    }
    return out;
}

QString quotedValue(const QString &value)
{
    constexpr qsizetype maxShown = 80;
    QString out;
    qsizetype shown = 0;
    for (qsizetype i = 0; i < value.size() && shown < maxShown; ++i, ++shown) {
        const char16_t u = value.at(i).unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
        if (control || bidi)
            out += QStringLiteral("\\u") + QString::number(uint(u), 16).toUpper().rightJustified(4, u'0');
        else
            out += value.at(i);
    }
    if (shown < value.size())
        out += u'…';
    return QStringLiteral("“%1”").arg(out);
}

QString stepReference(const Step &s)
{
    const QString name = s.name.trimmed();
    return name.isEmpty() ? quotedValue(s.id) : QStringLiteral("%1 (%2)").arg(quotedValue(name.left(80)), s.id);
}

} // namespace tthc
