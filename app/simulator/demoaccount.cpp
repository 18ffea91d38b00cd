#include "demoaccount.h"

#include "simulator.h"

namespace {
SimOptions demoOptions()
{
    SimOptions options;
    options.seed = 20261128;
    options.instanceCount = 40;
    options.transitionMs = 8000;
    options.errorChance = 0.0;
    return options;
}
} // namespace

DemoAccount::DemoAccount(Clock *clock, QObject *parent)
    : QObject(parent), m_simulator(new Simulator(demoOptions(), clock, this))
{ }

DemoAccount::~DemoAccount() = default;

bool DemoAccount::start()
{
    return m_simulator->listen(0);
}

QUrl DemoAccount::endpoint() const
{
    return m_simulator->endpoint();
}

Credentials DemoAccount::credentials() const
{
    return Credentials {m_simulator->accessKey(), m_simulator->secretKey()};
}
