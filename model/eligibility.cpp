#include "eligibility.h"

#include <algorithm>

namespace tthc {

bool EligibilityRules::hasFees(const Procedure &p)
{
    return std::any_of(p.fees.begin(), p.fees.end(), [](const Fee &f) { return f.amountVnd > 0; });
}

bool EligibilityRules::applies(const Procedure &p, int n)
{
    if (n < 1 || n > conditionCount)
        return false;
    return n != 4 || hasFees(p);
}

bool EligibilityRules::holds(const Procedure &p, int n)
{
    const Eligibility &e = p.eligibility;
    switch (n) {
    case 1: return e.published;
    case 2: return e.formsDownloadable;
    case 3: return e.formsOnline;
    case 4: return e.onlinePayment;
    case 5: return e.processedOnline;
    }
    return false;
}

QString EligibilityRules::conditionText(int n)
{
    switch (n) {
    case 1:
        return tr("Published with full information on the National Public Service Portal and the city's "
                  "administrative procedure information system");
    case 2: return tr("The forms can be downloaded by citizens and organisations");
    case 3:
        return tr("The forms can be filled in and the whole dossier sent online, with a digital signature where "
                  "a signature is required");
    case 4: return tr("Fees, charges and other financial obligations can be paid online");
    case 5: return tr("The dossier is received and processed online");
    }
    return {};
}

EligibilityResult EligibilityRules::evaluate(const Procedure &p)
{
    EligibilityResult r;
    for (int n = 1; n <= conditionCount; ++n)
        if (applies(p, n) && !holds(p, n)) {
            r.blocking << n;
            r.blockingText << conditionText(n);
        }
    r.recommended = r.blocking.isEmpty() ? OnlineLevel::Full : OnlineLevel::Partial;
    return r;
}

} // namespace tthc
