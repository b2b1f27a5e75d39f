#pragma once
// Enumerations of the domain and their spellings in tthc-json. The JSON names are the
// contract with other tools; the Vietnamese labels for the UI live in labels.h.
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace tthc {

enum class LaneKind { Applicant, Desk, Unit, Leader, Agency, System };
enum class StepKind { Start, Task, Decision, End, Procedure };
enum class FlowKind { Sequence, Message };
enum class DocumentKind { Form, Copy, Original, Certificate, Other };
enum class SystemKind { NationalDb, SectoralDb, Platform, Portal, Other };
enum class Readiness { Connected, Available, Building, None };
enum class Action { Keep, Simplify, Automate, Merge, Eliminate };
enum class Level { Province, District, Commune, Ministry };
enum class OnlineLevel { None, Partial, Full };
enum class ReviewState { Draft, Submitted, UnderAppraisal, Returned, Approved };
// What a step does, which decides what the derivation may do with it (derivation.h): an
// optional additive step field "nature"; without it the nature is read from the step's name.
enum class StepNature {
    Preparation, Submission, Payment, Check, Lookup, Notification, Forwarding, Appraisal, Decision, Signing,
    Record, Production, Examination, Result, Other
};
// Where the result reaches the applicant (the analysis row's decision, additive "channel").
enum class Channel { Online, Postal, Desk };

// The JSON spellings of each enumeration, in declaration order.
template <class E> std::span<const char *const> enumNames();

template <> std::span<const char *const> enumNames<LaneKind>();
template <> std::span<const char *const> enumNames<StepKind>();
template <> std::span<const char *const> enumNames<FlowKind>();
template <> std::span<const char *const> enumNames<DocumentKind>();
template <> std::span<const char *const> enumNames<SystemKind>();
template <> std::span<const char *const> enumNames<Readiness>();
template <> std::span<const char *const> enumNames<Action>();
template <> std::span<const char *const> enumNames<Level>();
template <> std::span<const char *const> enumNames<OnlineLevel>();
template <> std::span<const char *const> enumNames<ReviewState>();
template <> std::span<const char *const> enumNames<StepNature>();
template <> std::span<const char *const> enumNames<Channel>();

template <class E> QString toJsonName(E value)
{
    return QString::fromLatin1(enumNames<E>()[static_cast<size_t>(value)]);
}

template <class E> std::optional<E> fromJsonName(QStringView name)
{
    const auto names = enumNames<E>();
    for (size_t i = 0; i < names.size(); ++i)
        if (name == QLatin1String(names[i]))
            return static_cast<E>(i);
    return std::nullopt;
}

template <class E> QStringList allJsonNames()
{
    QStringList out;
    for (const char *n : enumNames<E>())
        out << QString::fromLatin1(n);
    return out;
}

template <class E> int enumCount() { return int(enumNames<E>().size()); }

} // namespace tthc
