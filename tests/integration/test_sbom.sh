#!/usr/bin/env bash
# The software bill of materials (tools/sbom.sh, written by ./build.sh release as
# dist/mcpdb.spdx.json): an SPDX 2.3 document whose packages are exactly vendor/manifest's
# dependencies with version, license, tarball sha256 and our patches, and whose references hold.
set -u
ROOT=${MCPDB_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$ROOT"
. tests/lib/tap.sh
out=${TEST_TMP:-/tmp}/mcpdb.spdx.json
check "tools/sbom.sh writes an SBOM for the built programs" tools/sbom.sh "$out" "$MCPDB_AGENT" "$MCPDB_CLI"
python3 - "$out" vendor/manifest "$MCPDB_AGENT" "$MCPDB_CLI" <<'PY'
import hashlib, json, os, re, sys
path, manifest, binaries = sys.argv[1], sys.argv[2], sys.argv[3:]
def check(name, cond):
    print(("ok - " if cond else "not ok - ") + name)
try:
    doc = json.load(open(path))
except Exception as e:
    check("the SBOM is JSON (%s)" % e, False); sys.exit(0)
check("spdxVersion is SPDX-2.3, data license CC0-1.0", doc.get("spdxVersion") == "SPDX-2.3" and doc.get("dataLicense") == "CC0-1.0")
check("document has SPDXID, name, namespace and creation info",
      doc.get("SPDXID") == "SPDXRef-DOCUMENT" and doc.get("name") and
      doc.get("documentNamespace", "").startswith("https://") and doc["creationInfo"]["creators"] and
      re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", doc["creationInfo"]["created"]))
deps, lic = {}, {}
for line in open(manifest):
    f = line.split()
    if not f or f[0].startswith("#"): continue
    if f[0] == "license": lic[f[1]] = " ".join(f[2:])
    elif f[0] not in ("tree", "home") and len(f) == 6: deps[f[0]] = f
pkgs = {p["name"]: p for p in doc["packages"]}
check("packages are mcpdb and the five dependencies", set(pkgs) == {"mcpdb"} | set(deps) and len(deps) == 5)
for name, (_, pkg, debver, upstream, tarball, sha) in deps.items():
    p = pkgs.get(name, {})
    sums = {c["algorithm"]: c["checksumValue"] for c in p.get("checksums", [])}
    patches = sorted(f for f in os.listdir("vendor/patches") if f.startswith(name + "-"))
    check(f"{name}: version {upstream}, tarball {tarball} with its sha256, license {lic.get(name)}",
          p.get("versionInfo") == upstream and p.get("packageFileName") == tarball and
          sums.get("SHA256") == sha and p.get("licenseConcluded") == lic.get(name) and
          all(k in p for k in ("SPDXID", "downloadLocation", "filesAnalyzed", "copyrightText")))
    check(f"{name}: our patches are named ({', '.join(patches) or 'none'})",
          all("vendor/patches/" + x in p.get("sourceInfo", "") for x in patches))
ids = {doc["SPDXID"]} | {p["SPDXID"] for p in doc["packages"]} | {f["SPDXID"] for f in doc.get("files", [])}
check("every SPDXID is unique and well-formed",
      len(ids) == 1 + len(doc["packages"]) + len(doc.get("files", [])) and
      all(re.match(r"^SPDXRef-[A-Za-z0-9.-]+$", i) for i in ids))
rels = doc.get("relationships", [])
check("every relationship names known elements",
      rels and all(r["spdxElementId"] in ids and r["relatedSpdxElement"] in ids for r in rels))
check("the document describes mcpdb, which links each dependency statically",
      any(r["relationshipType"] == "DESCRIBES" and r["relatedSpdxElement"] == "SPDXRef-Package-mcpdb" for r in rels) and
      {r["relatedSpdxElement"] for r in rels if r["relationshipType"] == "STATIC_LINK"} ==
      {pkgs[n]["SPDXID"] for n in deps})
files = {f["fileName"]: f for f in doc.get("files", [])}
for b in binaries:
    f = files.get("./" + os.path.basename(b), {})
    sums = {c["algorithm"]: c["checksumValue"] for c in f.get("checksums", [])}
    data = open(b, "rb").read()
    check(f"{os.path.basename(b)} is listed with its SHA1 and SHA256",
          sums.get("SHA1") == hashlib.sha1(data).hexdigest() and sums.get("SHA256") == hashlib.sha256(data).hexdigest())
PY
