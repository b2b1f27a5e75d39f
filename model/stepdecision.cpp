#include "stepdecision.h"

#include "labels.h"
#include "modellimits.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace tthc {

namespace {

const QString natureKey = QStringLiteral("nature");
const QString decisionKey = QStringLiteral("decision");

// A phrase as whole words: no letter or digit may touch it on either side.
QRegularExpression words(const QString &alternatives, const QString &before = {})
{
    return QRegularExpression(before + QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + alternatives +
                                  QStringLiteral(")(?![\\p{L}\\p{N}])"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

struct NatureRule {
    StepNature nature;
    QRegularExpression pattern;
};

const std::vector<NatureRule> &natureRules()
{
    static const std::vector<NatureRule> rules{
        {StepNature::Signing, words(QStringLiteral("ký|trình ký|ký số"), QStringLiteral("(?<!đăng )"))},
        {StepNature::Decision, words(QStringLiteral("phê duyệt|quyết định|duyệt"))},
        {StepNature::Appraisal, words(QStringLiteral("thẩm định|thẩm tra|xem xét"))},
        {StepNature::Record, words(QStringLiteral("ghi sổ|vào sổ|ghi vào sổ"))},
        {StepNature::Examination, words(QStringLiteral("khám|giám định|kiểm định|sát hạch"))},
        {StepNature::Result, words(QStringLiteral("nhận kết quả|trả kết quả|nhận giấy|trả giấy|nhận bản|trả bản"))},
        {StepNature::Payment, words(QStringLiteral("lệ phí|phí|thanh toán|nộp tiền"))},
        {StepNature::Submission, words(QStringLiteral("nộp hồ sơ|gửi hồ sơ|tiếp nhận|tờ khai|nộp đơn|nộp"))},
        {StepNature::Notification, words(QStringLiteral("thông báo|hẹn"))},
        {StepNature::Forwarding, words(QStringLiteral("chuyển|luân chuyển"))},
        {StepNature::Check, words(QStringLiteral("kiểm tra|đối chiếu|xác minh|xác thực|xác nhận"))},
        {StepNature::Lookup, words(QStringLiteral("tra cứu|khai thác|truy vấn"))},
        {StepNature::Preparation, words(QStringLiteral("chuẩn bị|chụp ảnh|điền"))},
        {StepNature::Production, words(QStringLiteral("in|cấp|trích lục|làm thẻ"))},
    };
    return rules;
}

bool laneOfKind(const Process &p, const QString &lane, LaneKind kind)
{
    const Lane *l = p.lane(lane);
    return l && l->kind == kind;
}

} // namespace

std::optional<StepNature> StepRules::statedNature(const Step &s)
{
    const QJsonValue v = s.extra.value(natureKey);
    return v.isString() ? fromJsonName<StepNature>(v.toString()) : std::nullopt;
}

StepNature StepRules::nature(const Step &s, const Process &p)
{
    if (const auto n = statedNature(s))
        return *n;
    return inferNature(s, p);
}

StepNature StepRules::inferNature(const Step &s, const Process &p)
{
    const QString name = s.name.normalized(QString::NormalizationForm_C).toLower();
    for (const NatureRule &r : natureRules())
        if (r.pattern.match(name).hasMatch())
            return r.nature;
    return isApplicantLane(p, s.lane) ? StepNature::Preparation : StepNature::Other;
}

void StepRules::setNature(Step &s, std::optional<StepNature> nature)
{
    if (nature)
        s.extra.insert(natureKey, toJsonName(*nature));
    else
        s.extra.remove(natureKey);
}

bool StepRules::officerOnly(StepNature n)
{
    return n == StepNature::Appraisal || n == StepNature::Decision || n == StepNature::Signing ||
           n == StepNature::Record;
}

bool StepRules::automatable(StepNature n)
{
    return n == StepNature::Check || n == StepNature::Lookup || n == StepNature::Notification ||
           n == StepNature::Forwarding;
}

bool StepRules::isApplicantLane(const Process &p, const QString &lane) { return laneOfKind(p, lane, LaneKind::Applicant); }
bool StepRules::isSystemLane(const Process &p, const QString &lane) { return laneOfKind(p, lane, LaneKind::System); }

bool StepRules::applicantsOwn(const Step &s, const Process &p)
{
    const StepNature n = nature(s, p);
    if (n == StepNature::Preparation || n == StepNature::Payment)
        return true;
    return isApplicantLane(p, s.lane) && (n == StepNature::Submission || n == StepNature::Result);
}

Decision StepRules::decision(const StepAnalysis &a)
{
    Decision d;
    const QJsonObject o = a.extra.value(decisionKey).toObject();
    if (const QJsonValue v = o.value(QLatin1String("online")); v.isBool())
        d.online = v.toBool();
    if (const QJsonValue v = o.value(QLatin1String("channel")); v.isString())
        d.channel = fromJsonName<Channel>(v.toString());
    d.name = o.value(QLatin1String("name")).toString().trimmed();
    const auto number = [&](const char *key, double limit) -> std::optional<double> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > limit)
            return std::nullopt;
        return v.toDouble();
    };
    d.hours = number("hours", Limits::hours);
    d.waitDays = number("waitDays", Limits::days);
    d.by = o.value(QLatin1String("by")).toString().trimmed();
    d.override = o.value(QLatin1String("override")).toString().trimmed();
    d.into = o.value(QLatin1String("into")).toString().trimmed();
    return d;
}

QStringList StepRules::decisionProblems(const StepAnalysis &a)
{
    QStringList out;
    const QJsonValue root = a.extra.value(decisionKey);
    if (root.isUndefined())
        return out;
    if (!root.isObject()) {
        out << tr("“decision” must be an object.");
        return out;
    }
    const QJsonObject o = root.toObject();
    static const QStringList known{QStringLiteral("online"), QStringLiteral("channel"), QStringLiteral("name"),
                                   QStringLiteral("hours"),  QStringLiteral("waitDays"), QStringLiteral("by"),
                                   QStringLiteral("override"), QStringLiteral("into")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (!known.contains(key))
            continue; // a newer tool's field: kept, not ours to judge
        if (key == QLatin1String("online")) {
            if (!v.isBool())
                out << tr("“decision.online” must be true or false.");
        } else if (key == QLatin1String("channel")) {
            if (!v.isString() || !fromJsonName<Channel>(v.toString()))
                out << tr("“decision.channel” must be one of: %1.").arg(allJsonNames<Channel>().join(QStringLiteral(", ")));
        } else if (key == QLatin1String("hours") || key == QLatin1String("waitDays")) {
            const double limit = key == QLatin1String("hours") ? Limits::hours : Limits::days;
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > limit)
                out << tr("“decision.%1” must be a number from 0 to %2.").arg(key).arg(limit);
        } else if (!v.isString()) {
            out << tr("“decision.%1” must be text.").arg(key);
        }
    }
    return out;
}

void StepRules::setDecision(StepAnalysis &a, const Decision &d)
{
    QJsonObject o = a.extra.value(decisionKey).toObject();
    const auto put = [&](const char *key, const QJsonValue &v, bool present) {
        if (present)
            o.insert(QLatin1String(key), v);
        else
            o.remove(QLatin1String(key));
    };
    put("online", d.online.value_or(false), d.online.has_value());
    put("channel", d.channel ? toJsonName(*d.channel) : QString(), d.channel.has_value());
    put("name", d.name, !d.name.isEmpty());
    put("hours", d.hours.value_or(0), d.hours.has_value());
    put("waitDays", d.waitDays.value_or(0), d.waitDays.has_value());
    put("by", d.by, !d.by.isEmpty());
    put("override", d.override, !d.override.isEmpty());
    put("into", d.into, !d.into.isEmpty());
    if (o.isEmpty())
        a.extra.remove(decisionKey);
    else
        a.extra.insert(decisionKey, o);
}

} // namespace tthc
