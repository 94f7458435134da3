-- pandoc Lua filter for review.docx: a top-level <div class="landscape"> (a form too wide for a portrait page)
-- becomes a landscape section of its own. In Word a section's page setup is held by the paragraph that ends it,
-- so an empty paragraph (one point high) carrying the page setup is placed before the wide part (ending the portrait pages
-- before it), after it (ending the landscape pages), and at the end of the document (ending the portrait pages
-- after it); the document's own last section, from the reference document, is then left empty and continuous.
--
-- Each section names the page-number header: rId9 is the id pandoc 2.17 gives the reference document's one
-- header (after its eight fixed relationships); the tests check that every section's header exists. Only the
-- first section keeps a title page without a number (the cover).

local header = '<w:headerReference w:type="default" r:id="rId9"/>'
local margins = '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'

local function section_end(landscape, title_page)
  local size = landscape and '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    or '<w:pgSz w:w="11906" w:h="16838"/>'
  return pandoc.RawBlock('openxml',
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:sectPr>' .. header .. size
      .. margins .. (title_page and '<w:titlePg/>' or '') .. '</w:sectPr></w:pPr></w:p>')
end

local function is_landscape(block)
  return block and block.t == 'Div' and block.classes:includes('landscape')
end

function Pandoc(doc)
  local blocks = {}
  local sections = 0
  for i, block in ipairs(doc.blocks) do
    if is_landscape(block) then
      if not is_landscape(doc.blocks[i - 1]) then
        table.insert(blocks, section_end(false, sections == 0))
        sections = sections + 1
      end
      for _, inner in ipairs(block.content) do table.insert(blocks, inner) end
      if not is_landscape(doc.blocks[i + 1]) then
        table.insert(blocks, section_end(true, false))
        sections = sections + 1
      end
    else
      table.insert(blocks, block)
    end
  end
  if sections > 0 then table.insert(blocks, section_end(false, false)) end
  doc.blocks = blocks
  return doc
end
