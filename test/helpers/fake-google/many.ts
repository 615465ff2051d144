import { fakeSpreadsheetId, googleExample } from "./example.ts";
import type { FakeGoogle } from "./server.ts";
import type { FakeSpreadsheet } from "./spreadsheets.ts";

/**
 * A source of `count` spreadsheets on the fake server: the example's 12 and
 * more blocks, each a copy of Energi under its own id, named in the central
 * sheet Byggstenar by bare id.
 */
export async function putManySpreadsheets(fake: FakeGoogle, count: number): Promise<{ centralId: string; ids: string[] }> {
  const extra = Array.from({ length: Math.max(0, count - 12) }, (_, i) => `extra-${i + 1}`);
  const example = await googleExample(undefined, (file, content) =>
    file !== "central.yaml"
      ? content
      : {
          ...content,
          Byggstenar: [
            ...(content["Byggstenar"] ?? []),
            ...extra.map((name, i) => ({
              Id: name,
              Namn: `Extra ${i + 1}`,
              Typ: "byggsten",
              Ansvarig: `Arbetsgrupp ${i + 1}`,
              "E-post": `${name}@tillvaxtverket.example`,
              Status: "aktiv",
              Ordning: 100 + i,
              Arbetsbok: fakeSpreadsheetId(name),
            })),
          ],
        },
  );
  const energi = example.spreadsheets.find((s) => s.id === example.idOf.get("energi.xlsx"))!;
  const copies: FakeSpreadsheet[] = extra.map((name) => ({ ...energi, id: fakeSpreadsheetId(name), title: `${name}.xlsx` }));
  fake.spreadsheets.put(...example.spreadsheets, ...copies);
  return { centralId: example.centralId, ids: [...example.spreadsheets, ...copies].map((s) => s.id) };
}
