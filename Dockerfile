# Multi-stage build of the InfluenceGraph server. Build: docker compose build (or docker build -t influencegraph .)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/InfluenceGraph.Server -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The aspnet image ships an unprivileged "app" user; the embedded store (when used) lives in /data.
RUN mkdir -p /data && chown app /data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    Store__DataDir=/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "InfluenceGraph.Server.dll"]
