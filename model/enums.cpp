#include "enums.h"

namespace tthc {

namespace {
constexpr const char *laneKinds[] = {"applicant", "desk", "unit", "leader", "agency", "system"};
constexpr const char *stepKinds[] = {"start", "task", "decision", "end", "procedure"};
constexpr const char *flowKinds[] = {"sequence", "message"};
constexpr const char *documentKinds[] = {"form", "copy", "original", "certificate", "other"};
constexpr const char *systemKinds[] = {"national-db", "sectoral-db", "platform", "portal", "other"};
constexpr const char *readiness[] = {"connected", "available", "building", "none"};
constexpr const char *actions[] = {"keep", "simplify", "automate", "merge", "eliminate"};
constexpr const char *levels[] = {"province", "district", "commune", "ministry"};
constexpr const char *onlineLevels[] = {"none", "partial", "full"};
constexpr const char *reviewStates[] = {"draft", "submitted", "under-appraisal", "returned", "approved"};
constexpr const char *stepNatures[] = {"preparation", "submission", "payment",   "check",       "lookup",
                                      "notification", "forwarding", "appraisal", "decision",    "signing",
                                      "record",      "production", "examination", "result",    "other"};
constexpr const char *channels[] = {"online", "postal", "desk"};
} // namespace

template <> std::span<const char *const> enumNames<LaneKind>() { return laneKinds; }
template <> std::span<const char *const> enumNames<StepKind>() { return stepKinds; }
template <> std::span<const char *const> enumNames<FlowKind>() { return flowKinds; }
template <> std::span<const char *const> enumNames<DocumentKind>() { return documentKinds; }
template <> std::span<const char *const> enumNames<SystemKind>() { return systemKinds; }
template <> std::span<const char *const> enumNames<Readiness>() { return readiness; }
template <> std::span<const char *const> enumNames<Action>() { return actions; }
template <> std::span<const char *const> enumNames<Level>() { return levels; }
template <> std::span<const char *const> enumNames<OnlineLevel>() { return onlineLevels; }
template <> std::span<const char *const> enumNames<ReviewState>() { return reviewStates; }
template <> std::span<const char *const> enumNames<StepNature>() { return stepNatures; }
template <> std::span<const char *const> enumNames<Channel>() { return channels; }

} // namespace tthc
