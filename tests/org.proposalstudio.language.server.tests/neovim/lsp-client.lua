-- Neovim's own LSP client against 'proposal-studio lsp', run by NeovimClientTest:
--   nvim --headless -u NONE -c 'luafile lsp-client.lua'
-- The environment names the server's command, the workspace, the file and the positions to ask about
-- (0-based "line,character"); the answers are written as JSON to RESULT_FILE, then Neovim quits.
local env = vim.env
local results = {}

local function position(name)
  local line, character = env[name]:match("(%d+),(%d+)")
  return { line = tonumber(line), character = tonumber(character) }
end

local function finish()
  local file = io.open(env.RESULT_FILE, "w")
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd("qall!")
end

local ok, failure = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(env.PROPOSAL_FILE))
  local buffer = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buffer)
  local client_id = vim.lsp.start_client({
    name = "proposal-studio",
    cmd = { env.PROPOSAL_STUDIO, "lsp" },
    root_dir = env.WORKSPACE,
    handlers = {
      ["textDocument/publishDiagnostics"] = function(_, result)
        if result.uri == uri then
          results.diagnostics = result.diagnostics
        end
      end,
    },
  })
  vim.lsp.buf_attach_client(buffer, client_id)
  results.attached = vim.wait(60000, function() return results.diagnostics ~= nil end, 50)

  local function ask(method, params)
    local answers = vim.lsp.buf_request_sync(buffer, method, params, 30000) or {}
    local answer = answers[client_id] or {}
    return { result = answer.result, error = answer.err and answer.err.message }
  end
  local document = { uri = uri }
  results.completion = ask("textDocument/completion", { textDocument = document, position = position("COMPLETION_AT") })
  results.hover = ask("textDocument/hover", { textDocument = document, position = position("HOVER_AT") })
  results.definition = ask("textDocument/definition", { textDocument = document, position = position("DEFINITION_AT") })

  -- a line indented with spaces, typed as a user would change the buffer, for the formatter to lay out again
  local line = position("UNINDENT_LINE").line
  local text = vim.api.nvim_buf_get_lines(buffer, line, line + 1, true)[1]
  vim.api.nvim_buf_set_lines(buffer, line, line + 1, true, { "   " .. vim.trim(text) })
  results.formatting = ask("textDocument/formatting",
    { textDocument = document, options = { tabSize = 4, insertSpaces = false } })
  vim.lsp.stop_client(client_id)
end)
if not ok then
  results.failure = tostring(failure)
end
finish()
