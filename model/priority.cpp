#include "priority.h"

#include <QLocale>

namespace tthc {

namespace {
// Figures in the interface language's format (the application sets the default locale:
// 382.327 in Vietnamese, 382,327 in English).
QString figure(double v) { return QLocale().toString(v, 'f', QLocale::FloatingPointShortest); }
} // namespace

PriorityResult PriorityRules::evaluate(const Procedure &p, const PriorityThresholds &t)
{
    PriorityResult r;
    if (p.annualVolume >= t.minAnnualVolume && p.annualVolume > 0)
        r.reasons << tr("%1 dossiers a year (≥ %2)").arg(figure(p.annualVolume), figure(t.minAnnualVolume));
    else if (p.priority.highVolume && p.annualVolume == 0)
        r.reasons << tr("Marked as having many dossiers (no yearly figure recorded)");
    if (p.priority.frequent)
        r.reasons << tr("Performed frequently and continuously by citizens and businesses");
    if (p.complaintsPerYear >= t.minComplaintsPerYear && p.complaintsPerYear > 0)
        r.reasons << tr("%1 complaints and petitions a year (≥ %2)")
                         .arg(figure(p.complaintsPerYear), figure(t.minComplaintsPerYear));
    else if (p.priority.complaints)
        r.reasons << tr("Marked as having many complaints and petitions");
    if (p.priority.investment)
        r.reasons << tr("Needed to improve the investment and business environment");
    r.priority = !r.reasons.isEmpty();
    return r;
}

} // namespace tthc
