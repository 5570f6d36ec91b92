// Trims a `terraform providers schema -json` dump to the provider block plus the given resource
// and data source types, adds provider_versions (as `cdktf get` does from `terraform version -json`)
// and applies cdktf's own sanitizer. Run by `python -m toolchain bindings`.
//
// usage: node trim-schema.js FULL_SCHEMA.json VERSION.json OUT.json PROVIDER resource:TYPE... data:TYPE...
const fs = require("fs");
const { sanitizeProviderSchema } = require("@cdktf/provider-schema/src/provider-schema.js");

const [full, versionFile, out, provider, ...types] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(full, "utf8"));
const versions = JSON.parse(fs.readFileSync(versionFile, "utf8"));
const source = schema.provider_schemas[provider];
if (!source) throw new Error(`no provider ${provider} in ${full}`);

const pick = (all, kind) =>
  Object.fromEntries(
    types
      .filter((t) => t.startsWith(kind + ":"))
      .map((t) => t.slice(kind.length + 1))
      .map((name) => {
        if (!all[name]) throw new Error(`the provider has no ${kind} ${name}`);
        return [name, all[name]];
      }),
  );

const trimmed = {
  format_version: schema.format_version,
  provider_schemas: {
    [provider]: {
      provider: source.provider,
      resource_schemas: pick(source.resource_schemas, "resource"),
      data_source_schemas: pick(source.data_source_schemas, "data"),
    },
  },
  provider_versions: versions.provider_selections,
};
fs.writeFileSync(out, JSON.stringify(sanitizeProviderSchema(trimmed)));
