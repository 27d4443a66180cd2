#pragma once

#include "core/decode/PayloadOutline.h"

#include <memory>

class QStandardItemModel;

namespace alertdeck::ui {

// The detail pane's Content tab: a payload's outline (made off the GUI thread) as a Key/Value tree
// model, which has to be made on the GUI thread.
class PayloadTree
{
public:
    static std::unique_ptr<QStandardItemModel> model(const decode::PayloadOutline &outline);
};

} // namespace alertdeck::ui
