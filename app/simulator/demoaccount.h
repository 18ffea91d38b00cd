#pragma once

#include "credentials/credentials.h"

#include <QObject>
#include <QUrl>

class Clock;
class Simulator;

//! The built-in demo account: the simulator inside the console process on 127.0.0.1 (ephemeral
//! port), reached through the same signed client over real HTTP.
class DemoAccount final : public QObject
{
    Q_OBJECT
public:
    explicit DemoAccount(Clock *clock, QObject *parent = nullptr);
    ~DemoAccount() override;

    //! Starts the simulator; false when no loopback port could be opened.
    [[nodiscard]] bool start();
    [[nodiscard]] QUrl endpoint() const;
    [[nodiscard]] Credentials credentials() const;
    [[nodiscard]] Simulator *simulator() const { return m_simulator; }

private:
    Simulator *m_simulator;
};
