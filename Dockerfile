# The all-in-one application image. Build the jar first: mvn -B package -DskipTests
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app agenda-ledger
WORKDIR /app
COPY app/target/app-*.jar /app/agenda-ledger.jar
USER agenda-ledger
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/agenda-ledger.jar"]
