#!/usr/bin/env bash
# Each function's AOT cache for AWS, made by Lambda's own java25 runtime: the public.ecr.aws/lambda/java:25 image runs
# the same bootstrap, JVM build and class path as the managed runtime of that version, so a cache it writes is one the
# managed runtime accepts (a cache made by any other JVM build is refused at every init; the JVM then starts without it).
# For each function of template.yaml: its deployable jar unpacked as /var/task, the deployed function's own environment
# (read from the stack, so the init reaches the real tables and queues as it will on Lambda; priming only reads),
# JAVA_TOOL_OPTIONS=-XX:AOTCacheOutput=..., the init, for an HTTP function one request without a token (401: routing,
# the token filter and the JSON mapping are exercised, nobody's data is read) and for a queue function an empty batch;
# scheduled, S3 and Cognito functions are only initialised (an invocation would do their job on real data: they get
# a JSON string, which the runtime cannot read as their event type and refuses after the init has run). The JVM
# writes the cache as it exits; it is added to the jar as function.aot, where JAVA_TOOL_OPTIONS=-XX:AOTCache reads it
# with the template parameter AotCache=on.
#
# Needs Docker, the AWS CLI with credentials for the stack, and the jars built (./mvnw -B -DskipTests package).
# Written on a machine without Docker: it has NOT been run (docs/benchmarks.md, "AOT cache"). Run it again after every
# runtime update of the image (or pin the runtime version), since a managed-runtime update replaces the JVM.
# Usage: local/bench/aot-cache-lambda-image.sh <stack-name> [image]   then: sam deploy --parameter-overrides AotCache=on
set -euo pipefail
cd "$(dirname "$0")/../.."
STACK=${1:?usage: $0 <stack-name> [image]}
IMAGE=${2:-public.ecr.aws/lambda/java:25}
command -v docker >/dev/null || { echo "docker is needed" >&2; exit 1; }
docker pull -q "$IMAGE" >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# logical id, handler, jar, and how the function is invoked (http | sqs | none), from the template
python3 - template.yaml >"$WORK/functions.tsv" <<'EOF'
import sys, yaml
class Loader(yaml.SafeLoader): pass
Loader.add_multi_constructor('!', lambda loader, suffix, node: None)
t = yaml.load(open(sys.argv[1]), Loader=Loader)
for lid, r in t['Resources'].items():
    if r.get('Type') != 'AWS::Serverless::Function':
        continue
    p = r['Properties']
    kinds = {e.get('Type') for e in (p.get('Events') or {}).values()}
    kind = 'http' if 'HttpApi' in kinds else 'sqs' if 'SQS' in kinds else 'none'
    print(lid, p['Handler'], p['CodeUri'], kind, sep='\t')
EOF

while IFS=$'\t' read -r lid handler jar kind; do
  physical=$(aws cloudformation describe-stack-resource --stack-name "$STACK" --logical-resource-id "$lid" \
    --query StackResourceDetail.PhysicalResourceId --output text)
  task="$WORK/$lid/task"; out="$WORK/$lid/aot"; mkdir -p "$task" "$out"
  (cd "$task" && unzip -q "$OLDPWD/$jar")
  aws lambda get-function-configuration --function-name "$physical" --query Environment.Variables --output json |
    python3 -c 'import json,sys; [print(f"{k}={v}") for k, v in (json.load(sys.stdin) or {}).items() if k != "JAVA_TOOL_OPTIONS"]' \
    >"$WORK/$lid/env"
  port=$((20000 + RANDOM % 10000))
  cid=$(docker run -d -p "127.0.0.1:$port:8080" -v "$task:/var/task:ro" -v "$out:/aot" --env-file "$WORK/$lid/env" \
    -e AWS_REGION -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY -e AWS_SESSION_TOKEN \
    -e JAVA_TOOL_OPTIONS=-XX:AOTCacheOutput=/aot/function.aot "$IMAGE" "$handler")
  url="http://127.0.0.1:$port/2015-03-31/functions/function/invocations"
  case "$kind" in
    http) event='{"version":"2.0","routeKey":"GET /api/health","rawPath":"/api/health","rawQueryString":"","headers":{"accept":"application/json"},"requestContext":{"stage":"$default","requestId":"aot-training","http":{"method":"GET","path":"/api/health","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"aot-training"}},"isBase64Encoded":false}' ;;
    sqs) event='{"Records":[]}' ;;
    *) event='"init only"' ;;  # a JSON string no handler's event type reads: refused after the init, no job runs
  esac
  # The image's emulator starts the runtime on the first invocation. Two functions sharing a jar: the later one's
  # cache is the one the jar carries (both run the same classes).
  for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
  curl -s -o /dev/null -d "$event" "$url" || true
  # SIGTERM to the JVM itself (the emulator would kill it outright): the JVM writes its cache as it exits.
  docker exec "$cid" sh -c 'kill -TERM $(pgrep -f com.amazonaws.services.lambda.runtime.api.client.AWSLambda)' || true
  for _ in $(seq 180); do [ -s "$out/function.aot" ] && ! docker exec "$cid" pgrep -f AWSLambda >/dev/null 2>&1 && break; sleep 1; done
  docker rm -f "$cid" >/dev/null
  if [ -s "$out/function.aot" ]; then
    (cd "$out" && zip -q -0 "$OLDPWD/$jar" function.aot)
    echo "$lid: $jar carries function.aot ($(du -h "$out/function.aot" | cut -f1))"
  else
    echo "$lid: no cache written; its jar is unchanged" >&2
  fi
done <"$WORK/functions.tsv"
echo "Deploy with: sam deploy --parameter-overrides AotCache=on"
