-- wrk script for bench/pages.sh: every request is a real answer, the next unanswered question of one of
-- the prepared attempts. bench/pages.sh prepends the data: csrf, questions (ids in the order asked),
-- attempts (tokens), nthreads and acked_prefix. Each wrk thread owns every nthreads-th attempt and walks
-- them question by question (the first question of all its attempts, then the second ...), so an answer
-- is never sent before the one before it in the same attempt was acknowledged. Each 303's Location names
-- the answered question; the threads write them to acked_prefix..N, for pages.sh to check after a kill.
-- When a thread has used up its questions it asks for "/" instead (a 200, counted as "not an answer").

local counter = 0
function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
end

function init(args)
   mine = {}
   for i = id + 1, #attempts, nthreads do
      mine[#mine + 1] = attempts[i]
   end
   sent = 0
   acked = io.open(acked_prefix .. id, "w")
   headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "csrf-token=" .. csrf }
   body = "choice=0&csrf-token=" .. csrf
   -- wrk calls request() once in the first thread to check the script before the run: not an answer.
   checked = id ~= 0
end

function request()
   if not checked then
      checked = true
      return wrk.format("GET", "/")
   end
   local q = math.floor(sent / #mine) + 1
   local a = mine[sent % #mine + 1]
   sent = sent + 1
   if q > #questions then
      return wrk.format("GET", "/")
   end
   return wrk.format("POST", "/attempts/" .. a .. "/questions/" .. questions[q], headers, body)
end

function response(status, hdrs, body)
   if status == 303 then
      acked:write((hdrs["Location"] or hdrs["location"] or "?"), "\n")
   else
      acked:write("not-an-answer ", status, "\n")
   end
end
