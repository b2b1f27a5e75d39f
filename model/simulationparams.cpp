#include "simulationparams.h"

#include <algorithm>
#include <cmath>

namespace tthc {

namespace {

const char *const kindNames[] = {"fixed", "uniform", "triangular", "exponential"};

const QString durationKey = QStringLiteral("duration");
const QString waitKey = QStringLiteral("wait");
const QString staffKey = QStringLiteral("staff");
const QString probabilityKey = QStringLiteral("probability");

} // namespace

double Distribution::expected() const
{
    switch (kind) {
    case Kind::Fixed:
    case Kind::Exponential:
        return mean;
    case Kind::Uniform:
        return (min + max) / 2;
    case Kind::Triangular:
        return (min + mode + max) / 3;
    }
    return 0;
}

Distribution Distribution::scaled(double f) const { return {kind, min * f, mode * f, max * f, mean * f}; }

QJsonObject Distribution::toJson() const
{
    QJsonObject o{{QStringLiteral("distribution"), QLatin1String(kindNames[int(kind)])}};
    switch (kind) {
    case Kind::Fixed:
    case Kind::Exponential:
        o.insert(QStringLiteral("mean"), mean);
        break;
    case Kind::Triangular:
        o.insert(QStringLiteral("mode"), mode);
        [[fallthrough]];
    case Kind::Uniform:
        o.insert(QStringLiteral("min"), min);
        o.insert(QStringLiteral("max"), max);
        break;
    }
    return o;
}

Result<Distribution> Distribution::fromJson(const QJsonValue &v, const QString &what)
{
    using R = Result<Distribution>;
    const QJsonObject o = v.toObject();
    const QString name = o.value(QStringLiteral("distribution")).toString();
    int k = -1;
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kindNames[i]))
            k = i;
    if (!v.isObject() || k < 0)
        return R::failure(SimulationParams::tr("%1: the distribution must be “fixed”, “uniform”, “triangular” or “exponential”, "
                                "not “%2”.")
                              .arg(what, name));
    Distribution d;
    d.kind = Kind(k);
    QString error;
    const auto number = [&](const char *key) {
        const QJsonValue x = o.value(QLatin1String(key));
        if (!x.isDouble() || !(x.toDouble() >= 0) || !std::isfinite(x.toDouble())) {
            if (error.isEmpty())
                error = SimulationParams::tr("%1: “%2” must be a number ≥ 0.").arg(what, QLatin1String(key));
            return 0.0;
        }
        return x.toDouble();
    };
    switch (d.kind) {
    case Kind::Fixed:
    case Kind::Exponential:
        d.mean = number("mean");
        break;
    case Kind::Uniform:
        d.min = number("min");
        d.max = number("max");
        if (error.isEmpty() && d.min > d.max)
            error = SimulationParams::tr("%1: “min” must not exceed “max”.").arg(what);
        break;
    case Kind::Triangular:
        d.min = number("min");
        d.mode = number("mode");
        d.max = number("max");
        if (error.isEmpty() && !(d.min <= d.mode && d.mode <= d.max))
            error = SimulationParams::tr("%1: needs min ≤ mode ≤ max.").arg(what);
        break;
    }
    if (!error.isEmpty())
        return R::failure(error);
    return d;
}

Result<Distribution> SimulationParams::duration(const Step &s)
{
    if (s.extra.contains(durationKey))
        return Distribution::fromJson(s.extra.value(durationKey), tr("Step “%1”, duration").arg(s.id));
    if (!(s.hours > 0))
        return Distribution::fixed(0);
    return Distribution::triangular(s.hours * (1 - defaultSpread), s.hours, s.hours * (1 + defaultSpread));
}

Result<Distribution> SimulationParams::wait(const Step &s)
{
    if (s.extra.contains(waitKey))
        return Distribution::fromJson(s.extra.value(waitKey), tr("Step “%1”, wait").arg(s.id));
    return Distribution::fixed(std::max(0.0, s.waitDays));
}

Result<std::optional<int>> SimulationParams::staff(const Lane &l)
{
    using R = Result<std::optional<int>>;
    if (!l.extra.contains(staffKey))
        return R(std::nullopt);
    const QJsonValue v = l.extra.value(staffKey);
    if (v.isString() && v.toString() == QLatin1String("unlimited"))
        return R(0);
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n < 0 || n != std::floor(n) || n > 1e6)
        return R::failure(tr("Lane “%1”: “staff” must be a whole number of people (0 or “unlimited” for no limit).")
                              .arg(l.id));
    return R(int(n));
}

std::optional<double> SimulationParams::probability(const Flow &f)
{
    const QJsonValue v = f.extra.value(probabilityKey);
    if (!v.isDouble())
        return std::nullopt;
    return std::max(0.0, v.toDouble());
}

void SimulationParams::setDuration(Step &s, const std::optional<Distribution> &d)
{
    if (d)
        s.extra.insert(durationKey, d->toJson());
    else
        s.extra.remove(durationKey);
}

void SimulationParams::setWait(Step &s, const std::optional<Distribution> &d)
{
    if (d)
        s.extra.insert(waitKey, d->toJson());
    else
        s.extra.remove(waitKey);
}

void SimulationParams::setStaff(Lane &l, std::optional<int> staff)
{
    if (staff)
        l.extra.insert(staffKey, std::max(0, *staff));
    else
        l.extra.remove(staffKey);
}

void SimulationParams::setProbability(Flow &f, std::optional<double> p)
{
    if (p)
        f.extra.insert(probabilityKey, std::clamp(*p, 0.0, 1.0));
    else
        f.extra.remove(probabilityKey);
}

QStringList SimulationParams::problems(const Process &p)
{
    QStringList out;
    for (const Step &s : p.steps) {
        if (auto d = duration(s); !d)
            out << d.error();
        if (auto w = wait(s); !w)
            out << w.error();
    }
    for (const Lane &l : p.lanes)
        if (auto n = staff(l); !n)
            out << n.error();
    for (const Flow &f : p.flows) {
        if (!f.extra.contains(probabilityKey))
            continue;
        const QJsonValue v = f.extra.value(probabilityKey);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            out << tr("Flow %1 → %2: “probability” must be a number from 0 to 1.").arg(f.from, f.to);
    }
    return out;
}

} // namespace tthc
