#include "PayloadTree.h"

#include <QCoreApplication>
#include <QStandardItemModel>

namespace alertdeck::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadTree)
};

// A node and everything under it as items not yet in a model, so adding them signals nothing.
QList<QStandardItem *> makeRow(const decode::OutlineNode &node)
{
    auto *keyItem = new QStandardItem(node.key);
    auto *valueItem = new QStandardItem(node.value);
    valueItem->setToolTip(node.value.left(2000));
    keyItem->setEditable(false);
    valueItem->setEditable(false);
    for (const decode::OutlineNode &child : node.children)
        keyItem->appendRow(makeRow(child));
    return {keyItem, valueItem};
}

} // namespace

std::unique_ptr<QStandardItemModel> PayloadTree::model(const decode::PayloadOutline &outline)
{
    auto model = std::make_unique<QStandardItemModel>();
    model->setHorizontalHeaderLabels({Tr::tr("Key"), Tr::tr("Value")});
    for (const decode::OutlineNode &node : outline.nodes)
        model->appendRow(makeRow(node));
    return model;
}

} // namespace alertdeck::ui
