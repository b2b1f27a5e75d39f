#pragma once
// The calendar of working time that elapsed time and deadlines run on: working hours per
// weekday (default Monday–Friday 8 h, the 40-hour week), public holidays (no work) and make-up
// working days (a Saturday worked in exchange for a bridge day). Counting follows the one-stop
// convention for deadlines: the day of intake is day 0, and a time limit of n working days
// ends on the n-th working day after it. Saved and loaded as a small JSON file (format
// "tthc-calendar"); templates/calendar-vn.json holds the officially announced Vietnamese
// holidays (embedded, WorkingCalendar::vietnam()).
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <array>

namespace tthc {

class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(tthc::WorkingCalendar)
public:
    // A dated exception to the week: a holiday, or a make-up working day with its hours
    // (0 = a normal working day, standardHours()).
    struct Day {
        QDate date;
        QString name;
        double hours = 0;
        bool operator==(const Day &) const = default;
    };

    WorkingCalendar(); // Monday–Friday 8 h, Saturday and Sunday off, no holidays
    // Every day 24 h, no holidays: time runs as on a clock (queueing checks, system lanes).
    static WorkingCalendar allDay();
    // The default week plus the holidays and make-up days of templates/calendar-vn.json.
    static WorkingCalendar vietnam();

    // dayOfWeek as QDate::dayOfWeek: 1 = Monday … 7 = Sunday.
    double weekdayHours(int dayOfWeek) const;
    void setWeekdayHours(int dayOfWeek, double hours);
    // The length of one working day in hours: the most common non-zero weekday hours (8 for
    // the default week, 24 for allDay()). "n working days" of a step lasts n × this.
    double standardHours() const;

    void addHoliday(const QDate &date, const QString &name = {});
    void addWorkingDay(const QDate &date, const QString &name = {}, double hours = 0);
    QList<Day> holidays() const { return m_holidays.values(); }       // by date
    QList<Day> workingDays() const { return m_workingDays.values(); } // make-up days, by date
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString note() const { return m_note; } // where the data comes from, what to check
    void setNote(const QString &note) { m_note = note; }

    bool isHoliday(const QDate &d) const { return m_holidays.contains(d); }
    bool isMakeUpDay(const QDate &d) const { return m_workingDays.contains(d); }
    bool isWorkingDay(const QDate &d) const { return hoursOn(d) > 0; }
    // Working hours on that date: a make-up day's hours, 0 on a holiday, else the weekday's.
    double hoursOn(const QDate &d) const;
    // The n-th working day after `start` (n = days rounded up; a part of a day counts as a
    // whole one, as for a deadline); negative days count backwards; 0 gives `start`. An
    // invalid date if the calendar has no working day within ten years of the answer.
    QDate addWorkingDays(const QDate &start, double days) const;
    // The working days d with from < d ≤ to; negative when to is before from. So
    // workingDaysBetween(a, addWorkingDays(a, n)) == n.
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    // The working hours of the dates from `from` to `to`, both included.
    double workingHours(const QDate &from, const QDate &to) const;

    QJsonObject toJson() const;
    static Result<WorkingCalendar> fromJson(const QJsonObject &o);
    static Result<WorkingCalendar> load(const QString &path);
    Status save(const QString &path) const;

    bool operator==(const WorkingCalendar &) const = default;

private:
    std::array<double, 7> m_hours;
    QMap<QDate, Day> m_holidays;
    QMap<QDate, Day> m_workingDays;
    QString m_name;
    QString m_note;
};

} // namespace tthc
