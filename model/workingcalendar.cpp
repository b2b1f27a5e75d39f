#include "workingcalendar.h"
#include "tthcjson.h"
#include "atomicfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace tthc {

namespace {

const char *const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const QLatin1String formatName("tthc-calendar");
constexpr int maxScan = 3660; // ten years without a working day: the calendar has none

QString isoDate(const QDate &d) { return d.toString(Qt::ISODate); }

bool validHours(const QJsonValue &v) { return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 24; }

} // namespace

WorkingCalendar::WorkingCalendar() : m_hours{8, 8, 8, 8, 8, 0, 0} {}

WorkingCalendar WorkingCalendar::allDay()
{
    WorkingCalendar c;
    c.m_hours.fill(24);
    c.m_name = QStringLiteral("24/7");
    return c;
}

WorkingCalendar WorkingCalendar::vietnam()
{
    auto loaded = load(QStringLiteral(":/templates/calendar-vn.json"));
    if (!loaded)
        qFatal("embedded calendar: %s", qPrintable(loaded.error())); // a build error, caught by the tests
    return loaded.take();
}

double WorkingCalendar::weekdayHours(int dayOfWeek) const
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? m_hours[size_t(dayOfWeek - 1)] : 0.0;
}

void WorkingCalendar::setWeekdayHours(int dayOfWeek, double hours)
{
    if (dayOfWeek >= 1 && dayOfWeek <= 7)
        m_hours[size_t(dayOfWeek - 1)] = std::clamp(hours, 0.0, 24.0);
}

double WorkingCalendar::standardHours() const
{
    // The most common non-zero value; ties go to the longer day.
    double best = 0;
    int bestCount = 0;
    for (double h : m_hours) {
        if (h <= 0)
            continue;
        const int count = int(std::count(m_hours.begin(), m_hours.end(), h));
        if (count > bestCount || (count == bestCount && h > best)) {
            best = h;
            bestCount = count;
        }
    }
    return best > 0 ? best : 8.0;
}

void WorkingCalendar::addHoliday(const QDate &date, const QString &name)
{
    if (date.isValid())
        m_holidays.insert(date, {date, name, 0});
}

void WorkingCalendar::addWorkingDay(const QDate &date, const QString &name, double hours)
{
    if (date.isValid())
        m_workingDays.insert(date, {date, name, std::clamp(hours, 0.0, 24.0)});
}

double WorkingCalendar::hoursOn(const QDate &d) const
{
    if (!d.isValid())
        return 0;
    if (auto it = m_workingDays.constFind(d); it != m_workingDays.constEnd())
        return it->hours > 0 ? it->hours : standardHours();
    if (m_holidays.contains(d))
        return 0;
    return m_hours[size_t(d.dayOfWeek() - 1)];
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, double days) const
{
    if (!start.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    // A part of a day counts as a whole one; 1e-9 absorbs rounding (2.0000000001 is 2).
    qint64 left = qint64(std::ceil(std::abs(days) - 1e-9));
    QDate d = start;
    int sinceWorking = 0;
    while (left > 0) {
        d = d.addDays(step);
        if (isWorkingDay(d)) {
            --left;
            sinceWorking = 0;
        } else if (++sinceWorking > maxScan) {
            return {};
        }
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

double WorkingCalendar::workingHours(const QDate &from, const QDate &to) const
{
    double sum = 0;
    if (from.isValid() && to.isValid())
        for (QDate d = from; d <= to; d = d.addDays(1))
            sum += hoursOn(d);
    return sum;
}

QJsonObject WorkingCalendar::toJson() const
{
    QJsonObject week;
    for (int i = 0; i < 7; ++i)
        week.insert(QLatin1String(dayKeys[i]), m_hours[size_t(i)]);
    QJsonArray holidays;
    for (const Day &d : m_holidays)
        holidays.append(QJsonObject{{QStringLiteral("date"), isoDate(d.date)}, {QStringLiteral("name"), d.name}});
    QJsonArray working;
    for (const Day &d : m_workingDays) {
        QJsonObject o{{QStringLiteral("date"), isoDate(d.date)}, {QStringLiteral("name"), d.name}};
        if (d.hours > 0)
            o.insert(QStringLiteral("hours"), d.hours);
        working.append(o);
    }
    QJsonObject o{{QStringLiteral("format"), formatName},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("week"), week},
                  {QStringLiteral("holidays"), holidays},
                  {QStringLiteral("workingDays"), working}};
    if (!m_name.isEmpty())
        o.insert(QStringLiteral("name"), m_name);
    if (!m_note.isEmpty())
        o.insert(QStringLiteral("note"), m_note);
    return o;
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QJsonObject &o)
{
    using R = Result<WorkingCalendar>;
    if (o.value(QStringLiteral("format")).toString() != formatName)
        return R::failure(tr("Not a working calendar: the field “format” must be “tthc-calendar”."));
    if (o.value(QStringLiteral("version")).toInt(-1) != 1)
        return R::failure(tr("Unsupported working calendar version: %1.").arg(o.value(QStringLiteral("version")).toVariant().toString()));
    WorkingCalendar c;
    c.m_name = o.value(QStringLiteral("name")).toString();
    c.m_note = o.value(QStringLiteral("note")).toString();
    if (o.contains(QStringLiteral("week"))) {
        const QJsonObject week = o.value(QStringLiteral("week")).toObject();
        for (int i = 0; i < 7; ++i) {
            const QString key = QLatin1String(dayKeys[i]);
            if (!week.contains(key))
                continue;
            if (!validHours(week.value(key)))
                return R::failure(tr("%1: the working hours must be a number from 0 to 24.").arg(QStringLiteral("week.") + key));
            c.m_hours[size_t(i)] = week.value(key).toDouble();
        }
    }
    // A date, or a range from–to (both included), at `path`.
    const auto dates = [](const QJsonObject &e, const QString &path, QString *error) -> QList<QDate> {
        const auto parse = [&](const QString &key) {
            const QString text = e.value(key).toString();
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() && error->isEmpty())
                *error = tr("%1: “%2” is not a date (YYYY-MM-DD).").arg(path + u'.' + key, text);
            return d;
        };
        QList<QDate> out;
        if (e.contains(QStringLiteral("date"))) {
            const QDate d = parse(QStringLiteral("date"));
            if (d.isValid())
                out << d;
            return out;
        }
        const QDate from = parse(QStringLiteral("from")), to = parse(QStringLiteral("to"));
        if (!error->isEmpty())
            return {};
        if (to < from || from.daysTo(to) > 366) {
            *error = tr("%1: the range must go forwards and last at most a year.").arg(path);
            return {};
        }
        for (QDate d = from; d <= to; d = d.addDays(1))
            out << d;
        return out;
    };
    QString error;
    const QJsonArray holidays = o.value(QStringLiteral("holidays")).toArray();
    for (int i = 0; i < holidays.size(); ++i) {
        const QJsonObject e = holidays[i].toObject();
        const QString path = QStringLiteral("holidays[%1]").arg(i);
        for (const QDate &d : dates(e, path, &error))
            c.addHoliday(d, e.value(QStringLiteral("name")).toString());
        if (!error.isEmpty())
            return R::failure(error);
    }
    const QJsonArray working = o.value(QStringLiteral("workingDays")).toArray();
    for (int i = 0; i < working.size(); ++i) {
        const QJsonObject e = working[i].toObject();
        const QString path = QStringLiteral("workingDays[%1]").arg(i);
        if (e.contains(QStringLiteral("hours")) && !validHours(e.value(QStringLiteral("hours"))))
            return R::failure(tr("%1: the working hours must be a number from 0 to 24.").arg(path + QStringLiteral(".hours")));
        for (const QDate &d : dates(e, path, &error)) {
            if (c.m_holidays.contains(d))
                return R::failure(tr("%1: %2 is both a holiday and a make-up working day.").arg(path, isoDate(d)));
            c.addWorkingDay(d, e.value(QStringLiteral("name")).toString(), e.value(QStringLiteral("hours")).toDouble());
        }
        if (!error.isEmpty())
            return R::failure(error);
    }
    return c;
}

Result<WorkingCalendar> WorkingCalendar::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<WorkingCalendar>::failure(tr("Cannot read the working calendar “%1”: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Result<WorkingCalendar>::failure(
            tr("The working calendar “%1” is not a JSON object: %2").arg(path, TthcJson::parseErrorText(parseError.error)));
    auto r = fromJson(doc.object());
    if (!r)
        return Result<WorkingCalendar>::failure(QStringLiteral("%1: %2").arg(path, r.error()));
    return r;
}

Status WorkingCalendar::save(const QString &path) const
{
    return AtomicFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace tthc
