# Loop Coach as a container, for hosts with a Docker engine (the Maven profile `image` builds the same without one).
#   docker build -t loop-coach .
#   docker run --rm -e DISCORD_TOKEN=... loop-coach discord
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package -pl bot-app -am

FROM eclipse-temurin:17-jre
RUN useradd --uid 1000 --create-home coach && mkdir -p /var/lib/loop-coach && chown coach /var/lib/loop-coach
WORKDIR /var/lib/loop-coach
COPY --from=build /src/bot-app/target/classes /opt/loop-coach/classes
COPY --from=build /src/bot-app/target/lib /opt/loop-coach/lib
COPY --from=build --chown=coach /src/config /var/lib/loop-coach/config
USER coach
# 8080: Slack HTTP mode (events, /healthz, /metrics); 9090: COACH_HEALTH_PORT for Discord and Socket Mode
EXPOSE 8080 9090
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djava.awt.headless=true", "-Dcoach.home=/var/lib/loop-coach", \
            "-cp", "/opt/loop-coach/classes:/opt/loop-coach/lib/*", "dev.loopcoach.app.Main"]
CMD ["discord"]
