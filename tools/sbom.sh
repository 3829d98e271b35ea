#!/usr/bin/env bash
# Software bill of materials: writes an SPDX 2.3 JSON document describing mcpdb, the binaries
# named on the command line (with their checksums), and every vendored dependency they link
# statically (version, license, the upstream tarball's sha256, the patches we apply), all read
# from vendor/manifest and vendor/patches/. tools/release.sh writes dist/mcpdb.spdx.json with it.
#
#   tools/sbom.sh OUT.json BINARY...
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

die() { printf 'sbom.sh: %s\n' "$*" >&2; exit "${2:-1}"; }

[ $# -ge 2 ] || die "usage: tools/sbom.sh OUT.json BINARY..." 2
out=$1; shift
for f in "$@"; do [ -f "$f" ] || die "no such file: $f" 2; done
manifest=$ROOT/vendor/manifest

# json STRING: STRING as a JSON string literal (manifest values and file names only, so
# escaping backslash and quote is enough).
json() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

# SPDX identifiers allow letters, digits, '.' and '-' only.
spdx_id() { printf 'SPDXRef-%s' "$(printf '%s' "$1" | tr -c 'A-Za-z0-9.\n-' '-')"; }

# the dependency lines of vendor/manifest: name package debversion upstream tarball sha256
deps() { awk '!/^#/ && NF == 6 && $1 != "tree" && $1 != "home" && $1 != "license"' "$manifest"; }
meta() { awk -v k="$1" -v n="$2" '$1 == k && $2 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }' "$manifest"; }

version=$(find "$ROOT/core" -name version.h -exec sed -n 's/^#define MCPDB_VERSION "\(.*\)"$/\1/p' {} + | head -1)
[ -n "$version" ] || die "cannot find MCPDB_VERSION in core/"
# The namespace must be unique per document: the binaries' checksums make it so.
unique=$(cat "$@" | sha256sum | cut -c1-16)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
mcpdb_id=$(spdx_id Package-mcpdb)

{
	printf '{\n'
	printf '  "spdxVersion": "SPDX-2.3",\n  "dataLicense": "CC0-1.0",\n  "SPDXID": "SPDXRef-DOCUMENT",\n'
	printf '  "name": %s,\n' "$(json "mcpdb-$version")"
	printf '  "documentNamespace": %s,\n' "$(json "https://spdx.org/spdxdocs/mcpdb-$version-$unique")"
	printf '  "creationInfo": { "created": "%s", "creators": ["Tool: mcpdb tools/sbom.sh"] },\n' "$created"

	printf '  "packages": [\n'
	printf '    { "name": "mcpdb", "SPDXID": "%s", "versionInfo": %s, "downloadLocation": "NOASSERTION",\n' \
		"$mcpdb_id" "$(json "$version")"
	printf '      "filesAnalyzed": false, "licenseConcluded": "NOASSERTION", "licenseDeclared": "NOASSERTION",\n'
	printf '      "copyrightText": "NOASSERTION", "primaryPackagePurpose": "APPLICATION" }'
	while read -r name pkg debver upstream tarball sum; do
		printf ',\n    { "name": %s, "SPDXID": "%s", "versionInfo": %s,\n' \
			"$(json "$name")" "$(spdx_id "Package-$name")" "$(json "$upstream")"
		printf '      "packageFileName": %s, "downloadLocation": "NOASSERTION", "homepage": %s,\n' \
			"$(json "$tarball")" "$(json "$(meta home "$name")")"
		printf '      "checksums": [{ "algorithm": "SHA256", "checksumValue": "%s" }],\n' "$sum"
		printf '      "sourceInfo": %s,\n' "$(json "upstream orig tarball of the Debian source package $pkg $debver, trimmed to the files the build reads (vendor/$name.keep); patched at build time with: $(cd "$ROOT" && ls vendor/patches/"$name"-*.patch 2>/dev/null | tr '\n' ' ' | sed 's/ $//; s/^$/no patches/')")"
		printf '      "externalRefs": [{ "referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": %s }],\n' \
			"$(json "pkg:deb/debian/$pkg@$debver?arch=source")"
		printf '      "filesAnalyzed": false, "licenseConcluded": %s, "licenseDeclared": %s,\n' \
			"$(json "$(meta license "$name")")" "$(json "$(meta license "$name")")"
		printf '      "copyrightText": "NOASSERTION", "primaryPackagePurpose": "LIBRARY" }'
	done < <(deps)
	printf '\n  ],\n'

	# files: the binaries, and our patches (each applied to one dependency)
	printf '  "files": [\n'
	sep=""
	# binaries by their name in dist/ (next to this document), patches by their path in the source
	for f in "$@" "$ROOT"/vendor/patches/*.patch; do
		case $f in "$ROOT"/vendor/patches/*) name=./vendor/patches/${f##*/} ;; *) name=./${f##*/} ;; esac
		printf '%s    { "fileName": %s, "SPDXID": "%s",\n' "$sep" "$(json "$name")" "$(spdx_id "File-$(basename "$f")")"
		printf '      "checksums": [{ "algorithm": "SHA1", "checksumValue": "%s" }, { "algorithm": "SHA256", "checksumValue": "%s" }],\n' \
			"$(sha1sum "$f" | cut -c1-40)" "$(sha256sum "$f" | cut -c1-64)"
		printf '      "licenseConcluded": "NOASSERTION", "copyrightText": "NOASSERTION" }'
		sep=$',\n'
	done
	printf '\n  ],\n'

	printf '  "relationships": [\n'
	printf '    { "spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "%s" }' "$mcpdb_id"
	for f in "$@"; do
		printf ',\n    { "spdxElementId": "%s", "relationshipType": "GENERATED_FROM", "relatedSpdxElement": "%s" }' \
			"$(spdx_id "File-$(basename "$f")")" "$mcpdb_id"
	done
	while read -r name _; do
		printf ',\n    { "spdxElementId": "%s", "relationshipType": "STATIC_LINK", "relatedSpdxElement": "%s" }' \
			"$mcpdb_id" "$(spdx_id "Package-$name")"
		for f in "$ROOT"/vendor/patches/"$name"-*.patch; do
			[ -f "$f" ] || continue
			printf ',\n    { "spdxElementId": "%s", "relationshipType": "PATCH_APPLIED", "relatedSpdxElement": "%s" }' \
				"$(spdx_id "File-$(basename "$f")")" "$(spdx_id "Package-$name")"
		done
	done < <(deps)
	printf '\n  ]\n}\n'
} > "$out.tmp"
mv "$out.tmp" "$out"
