#pragma once

#include "core/config/HandlerAction.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace alertdeck::ui {

class ConditionEdit;

// Edits one action of a topic handler: its condition, the per-event options, and the settings its
// kind understands (a form per kind). Problems (the core validator's words) show as the user types.
class ActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditor(QWidget *parent = nullptr);

    void setAction(const config::HandlerAction &action);
    config::HandlerAction action() const;
    // What is wrong with the action as edited; empty when the core would accept it.
    QStringList problems() const;
    // Streams a forward action may produce to.
    void setStreamNames(const QStringList &names);

signals:
    void changed();

private:
    enum class Kind { Text, File, Argv, Seconds, Count, Bool, Choice };
    struct FieldSpec
    {
        const char *key;
        const char *label;
        Kind kind;
        const char *placeholder = "";
        QStringList choices = {};
    };
    struct Field
    {
        FieldSpec spec;
        QWidget *editor;
    };

    static const QVector<FieldSpec> &specsFor(const QString &action);
    QWidget *buildPage(const QString &action);
    QWidget *createEditor(const FieldSpec &spec, QWidget *parent);
    static QJsonValue readEditor(const Field &field);
    static void writeEditor(const Field &field, const QJsonValue &value);
    void onEdited();
    void showProblems();

    QString m_name;
    QJsonObject m_base; // the action's keys this editor has no field for, kept as they were
    QLabel *m_title;
    ConditionEdit *m_condition;
    QCheckBox *m_oncePerEvent;
    QCheckBox *m_retractionOfActed;
    QStackedWidget *m_pages;
    QHash<QString, int> m_pageOf;
    QHash<QString, QVector<Field>> m_fields;
    QLabel *m_problems;
    QStringList m_streamNames;
    bool m_loading = false;
};

} // namespace alertdeck::ui
