#pragma once

#include "api/apiclient.h"
#include "session/resource.h"
#include "simulator/simulator.h"
#include "util/manualclock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

//! A simulator on loopback and a client signed in to it, sharing one manual clock: tests move
//! time with `clock.advanceSecs()` and never sleep.
class SimFixture
{
public:
    //! Tests get no rate limit unless they ask for one.
    static SimOptions testOptions();
    //! How many of resource \a r the simulator's state \a s holds.
    [[nodiscard]] static int countOf(const SimState &s, Resource r);

    explicit SimFixture(const SimOptions &options = testOptions());
    ~SimFixture();

    ManualClock clock;
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<ApiClient> client;

    //! Sends \a request through the client over HTTP and waits for its result.
    ApiResult call(const ApiRequest &request, std::optional<Priority> priority = std::nullopt);
    //! Fetches every page of a listing through the client.
    ApiResult fetchAll(const ApiRequest &listing, std::optional<Priority> priority = std::nullopt);
    //! No seeded server or volume is changing: each ends its transition now, and a server in
    //! another status is active. Then only what a test starts moves.
    void settle();
    //! Waits (driving the manual clock) until \a done.
    bool drive(const std::function<bool()> &done, int realTimeoutMs = 30000);

    //! Treat an attempt silent for this long (real ms) as stalled and move the clock to its
    //! timeout (0: never). For tests of servers that never answer.
    int stalledAfterMs = 0;

    //! One signed request straight into the simulator's pipeline (no HTTP).
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QList<QPair<QByteArray, QByteArray>> headers;
        [[nodiscard]] QString errorCode() const;
        [[nodiscard]] QJsonArray result() const;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };
    Answer direct(const QString &method, const QString &path,
                  const QMap<QString, QString> &query = {}, const QMap<QString, QString> &form = {},
                  const QJsonObject &json = {});
    //! direct() of an ApiRequest as the client would build it.
    Answer direct(const ApiRequest &request);
};
