#pragma once

#include "core/decode/Alert.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <optional>

namespace alertdeck::route {

// The normalized-record fields a condition can read.
enum class ConditionField : quint8 { Id, Format, Source, Event, AlertType, Time, Ra, Dec, ErrorRadius, Mag, Score, Far, Test, Title };
enum class ConditionFieldType : quint8 { Number, String, Bool };

struct ConditionFieldInfo
{
    const char *name;
    ConditionField field;
    ConditionFieldType type;
};

// nullptr when no field has this name ("type" is an alias of "alert_type").
const ConditionFieldInfo *findConditionField(const QString &name);
const QVector<ConditionFieldInfo> &conditionFields();
std::optional<double> conditionNumber(const decode::Alert &alert, ConditionField field);
// A null QString for a null field.
const QString &conditionString(const decode::Alert &alert, ConditionField field);

// One node of a parsed condition. Nodes live in one vector and refer to each other by index, so a
// whole condition is one allocation to walk. The comparison's value type follows the field's type.
struct ConditionNode
{
    enum class Kind : quint8 { And, Or, Not, Compare, Regex, In, IsTrue, Constant };
    enum class Op : quint8 { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

    Kind kind = Kind::Constant;
    Op op = Op::Equal;
    ConditionField field = ConditionField::Id;
    bool constant = false;
    int left = -1;
    int right = -1;
    double number = 0;
    QString string;
    QRegularExpression regex;
    QVector<double> numbers;
    QStringList strings;
};

} // namespace alertdeck::route
