#pragma once
// The largest value each number of the model may take: generous (far beyond any real
// procedure) but finite, so that no "inf" or "nan" can be computed from a file and reach a
// report. The tthc-json reader refuses a larger value with the JSON path of the field; the
// forms use the same limits for their spin boxes.
namespace tthc::Limits {

constexpr double hours = 10'000;              // one step: over a year of working hours
constexpr double days = 3'650;                // waiting or statutory time: ten years
constexpr double volume = 1'000'000'000;      // dossiers or complaints a year: ten per inhabitant
constexpr double moneyVnd = 1'000'000'000'000; // a fee or cost: one thousand billion đồng
constexpr double hourlyVnd = 100'000'000;      // an hour of anyone's time: one hundred million đồng

} // namespace tthc::Limits
