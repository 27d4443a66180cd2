#include "ConditionNode.h"

namespace alertdeck::route {

const QVector<ConditionFieldInfo> &conditionFields()
{
    using F = ConditionField;
    using T = ConditionFieldType;
    static const QVector<ConditionFieldInfo> fields{
        {"id", F::Id, T::String},          {"format", F::Format, T::String},
        {"source", F::Source, T::String},  {"event", F::Event, T::String},
        {"alert_type", F::AlertType, T::String}, {"type", F::AlertType, T::String},
        {"time", F::Time, T::String},      {"ra", F::Ra, T::Number},
        {"dec", F::Dec, T::Number},        {"error_radius", F::ErrorRadius, T::Number},
        {"mag", F::Mag, T::Number},        {"score", F::Score, T::Number},
        {"far", F::Far, T::Number},        {"test", F::Test, T::Bool},
        {"title", F::Title, T::String},
    };
    return fields;
}

const ConditionFieldInfo *findConditionField(const QString &name)
{
    for (const ConditionFieldInfo &info : conditionFields()) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

std::optional<double> conditionNumber(const decode::Alert &alert, ConditionField field)
{
    switch (field) {
    case ConditionField::Ra:
        return alert.ra;
    case ConditionField::Dec:
        return alert.dec;
    case ConditionField::ErrorRadius:
        return alert.errorRadius;
    case ConditionField::Mag:
        return alert.mag;
    case ConditionField::Score:
        return alert.score;
    case ConditionField::Far:
        return alert.far;
    case ConditionField::Test:
        return alert.test ? 1.0 : 0.0;
    default:
        return std::nullopt;
    }
}

const QString &conditionString(const decode::Alert &alert, ConditionField field)
{
    static const QString null;
    switch (field) {
    case ConditionField::Id:
        return alert.id;
    case ConditionField::Format:
        return alert.format;
    case ConditionField::Source:
        return alert.source;
    case ConditionField::Event:
        return alert.event;
    case ConditionField::AlertType:
        return alert.alertType;
    case ConditionField::Time:
        return alert.time;
    case ConditionField::Title:
        return alert.title;
    default:
        return null;
    }
}

} // namespace alertdeck::route
